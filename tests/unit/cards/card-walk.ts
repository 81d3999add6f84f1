import type { AdaptiveCard, CardElement } from '../../../shared/cards/adaptive-card.ts';

/** Every element of a card's body, containers opened, in document order. */
export function elementsOf(card: AdaptiveCard): CardElement[] {
  const all: CardElement[] = [];
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as CardElement[]) {
      all.push(element);
      visit(element['items']);
    }
  };
  visit(card.body);
  return all;
}

export function inputIds(card: AdaptiveCard): string[] {
  return elementsOf(card)
    .filter((element) => String(element['type']).startsWith('Input.'))
    .map((element) => String(element['id']));
}

export function texts(card: AdaptiveCard): string[] {
  return elementsOf(card)
    .filter((element) => element['type'] === 'TextBlock')
    .map((element) => String(element['text']));
}

export function input(card: AdaptiveCard, id: string): CardElement {
  const found = elementsOf(card).find((element) => element['id'] === id);
  if (!found) throw new Error(`no input ${id}`);
  return found;
}

/** The elements right after an input, up to the next input: where its notes are. */
export function notesAfter(card: AdaptiveCard, id: string): string[] {
  const elements = elementsOf(card);
  const start = elements.findIndex((element) => element['id'] === id);
  const notes: string[] = [];
  for (const element of elements.slice(start + 1)) {
    if (element['type'] !== 'TextBlock') break;
    notes.push(String(element['text']));
  }
  return notes;
}

export function actionTitles(card: AdaptiveCard): string[] {
  return (card.actions ?? []).map((action) => String(action['title']));
}
