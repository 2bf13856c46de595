/** Renders the Network apps guidance (network-apps-guide.ts): words and links, steps with choices under them. */
import type { GuideBlock, GuideLine, GuideStep } from './network-apps-guide';

/** One line of guidance; every address in it is a link that opens in the browser. */
export function GuideText({ line }: { readonly line: GuideLine }) {
  return (
    <>
      {line.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ),
      )}
    </>
  );
}

export function GuideSteps({ steps }: { readonly steps: readonly GuideStep[] }) {
  return (
    <ol>
      {steps.map((step, i) => (
        <li key={i}>
          <GuideText line={step.line} />
          {step.options ? (
            <ul>
              {step.options.map((option, j) => (
                <li key={j}>
                  <GuideText line={option} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function GuideBlockView({ block }: { readonly block: GuideBlock }) {
  return (
    <>
      <p>
        <GuideText line={block.intro} />
      </p>
      <ul>
        {block.items.map((item, i) => (
          <li key={i}>
            <GuideText line={item} />
          </li>
        ))}
      </ul>
      {block.outro ? (
        <p className="hint">
          <GuideText line={block.outro} />
        </p>
      ) : null}
    </>
  );
}
