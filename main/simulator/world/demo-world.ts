/**
 * The demo world shipped with Tether (worlds/demo-world.json). It is imported as JSON so the bundled CLI and the
 * Electron build carry it without a file on disk, and it goes through the same validation as any world file.
 */
import demoWorldData from '../worlds/demo-world.json';
import { parseWorld } from './load-world';
import type { World } from './world.schema';

/** A fresh, validated copy of the demo world. */
export function demoWorld(): World {
  return parseWorld(structuredClone(demoWorldData), 'demo-world.json');
}
