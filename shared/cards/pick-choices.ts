export interface PickableChoice {
  value: string;
  title: string;
}

export interface PickedChoices {
  shown: PickableChoice[];
  /** How many were left out to keep the card small. */
  hidden: number;
  /** The selected value, when it is among the shown choices. */
  selected: string | undefined;
}

/** Long titles end in an ellipsis: choices are one line, and the card has a size budget. */
export function clipTitle(title: string, max: number): string {
  const chars = [...title];
  return chars.length <= max ? title : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The first `max` choices with titles clipped to `maxTitle`, always including the selected one (it takes
 * the last place when it comes later), so a card re-rendered after a press keeps what was picked.
 */
export function pickChoices(
  all: readonly PickableChoice[],
  max: number,
  selected: string | undefined,
  maxTitle = 60,
): PickedChoices {
  const shown = all.slice(0, max);
  const chosen = selected === undefined ? undefined : all.find((choice) => choice.value === selected);
  if (chosen && !shown.includes(chosen)) shown.splice(max - 1, 1, chosen);
  return {
    shown: shown.map((choice) => ({ value: choice.value, title: clipTitle(choice.title, maxTitle) })),
    hidden: all.length - shown.length,
    selected: chosen?.value,
  };
}
