/**
 * The demo world shipped with Tether (worlds/demo-world.json). It is imported as text so the bundled CLI and
 * the Electron build carry it without a file on disk, and it goes through the same validation as any world file.
 */
import demoWorldText from '../worlds/demo-world.json?raw';
import { parseWorldJson } from './load-world';
import type { World } from './world.schema';

/** A fresh, validated copy of the demo world. */
export function demoWorld(): World {
  return parseWorldJson(demoWorldText, 'demo-world.json');
}
