/** Electron entry point: nothing but the composition root. */
import { startDesktopApp } from './electron/app';

startDesktopApp();
