/** A text in English and Chinese (the Chinese goes on labels and store-facing pages). */
export class BilingualTextView {
  en: string;
  zh: string;
}
