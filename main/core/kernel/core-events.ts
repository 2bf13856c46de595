/** The events the core announces. They carry the same names and payloads as the IPC contract's pushed events. */
import type { EventChannel, EventPayload } from '../../../shared/ipc/channels';
import { TypedEmitter } from './typed-emitter';

export type CoreEvents = { [E in EventChannel]: EventPayload<E> };

export class CoreEventBus extends TypedEmitter<CoreEvents> {}
