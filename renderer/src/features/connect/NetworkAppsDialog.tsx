/** Network apps in a dialog, until the Settings screen mounts the same section. */
import { useAppStore } from '../../store/store-context';
import { NetworkApps } from '../settings/NetworkApps';
import { Modal } from './Modal';

export function NetworkAppsDialog() {
  const open = useAppStore((s) => s.networkAppsOpen);
  const close = useAppStore((s) => s.closeNetworkApps);
  if (!open) return null;
  return (
    <Modal id="network-apps" title="Network apps" onEscape={close}>
      <NetworkApps />
      <div className="modal-actions">
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  );
}
