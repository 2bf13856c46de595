/** "Couldn't <do something>: <why> [Retry]": how every failed request says so, the same way everywhere. */
interface ErrorLineProps {
  /** What failed, as a verb phrase: "load the history". */
  readonly what: string;
  readonly error: string;
  /** Offers a retry when given. */
  readonly onRetry?: () => void;
  readonly retryLabel?: string;
  readonly className?: string;
}

export function ErrorLine({ what, error, onRetry, retryLabel = 'Retry', className = 'error' }: ErrorLineProps) {
  return (
    <p className={className} role="alert">
      Couldn't {what}: {error}
      {onRetry ? (
        <>
          {' '}
          <button type="button" onClick={onRetry}>
            {retryLabel}
          </button>
        </>
      ) : null}
    </p>
  );
}
