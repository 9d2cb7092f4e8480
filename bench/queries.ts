/** What readers type, and the record they mean: article spellings, variants, prefixes, diacritics, typos, the other script. */
export const QUERIES: readonly (readonly [query: string, id: string])[] = [
  // the article's own spellings
  ['سام ألتمان', 'sam-altman'],
  ['سام التمان', 'sam-altman'],
  ['Openai', 'openai'],
  ['ChatGpt', 'chatgpt'],
  ['كيمي', 'kimi-k2'],
  ['Kimi K2', 'kimi-k2'],
  ['Moonshot AI', 'moonshot-ai'],
  ['Llama 3', 'llama-3'],
  ['يوشن جين', 'yuchen-jin'],
  ['التعهيد المفتوح', 'open-sourcing'],
  ['عامل التعريف', 'the-meta-factor'],
  ['الذكاء الاصطناعى', 'artificial-intelligence'],
  ['تسرب النموذج', 'model-leakage'],
  ['DeepFakes', 'deepfake'],
  ['chatbots', 'chatbot'],
  // variants
  ['OpenAI', 'openai'],
  ['ميتا', 'meta'],
  ['زوكربيرغ', 'mark-zuckerberg'],
  ['زوكربيرج', 'mark-zuckerberg'],
  ['open weight', 'open-weight'],
  ['Open-Weight Model', 'open-weight-model'],
  ['talent wars', 'talent-war'],
  ['التزييف العميق', 'deepfake'],
  ['المعلومات المضللة', 'misinformation'],
  // prefixes
  ['بالذكاء الاصطناعي', 'artificial-intelligence'],
  ['وحرب المواهب', 'talent-war'],
  ['والأوزان', 'weights'],
  ['للمطورين', 'developers'],
  ['كالنموذج', 'model'],
  // diacritics and tatweel
  ['الأَوْزَان', 'weights'],
  ['سَامْ أَلْتْمَان', 'sam-altman'],
  ['حَرْبُ المـواهب', 'talent-war'],
  // typos
  ['Altmn', 'sam-altman'],
  ['Zuckerbreg', 'mark-zuckerberg'],
  ['misinformaton', 'misinformation'],
  ['deepfkes', 'deepfake'],
  ['ألتمن', 'sam-altman'],
  ['زوكربرج', 'mark-zuckerberg'],
  // the other script
  ['altman', 'sam-altman'],
  ['أوبن إيه آي', 'openai'],
  ['لاما 3', 'llama-3'],
  ['شات جي بي تي', 'chatgpt'],
  ['تويتر', 'x-twitter'],
  ['Zakarberg', 'mark-zuckerberg'],
];

/** Texts to translate, and the record whose preferred form in the other language is the answer. */
export const TRANSLATIONS: readonly (readonly [text: string, id: string])[] = [
  ['Sam Altman', 'sam-altman'],
  ['سام التمان', 'sam-altman'],
  ['Openai', 'openai'],
  ['talent war', 'talent-war'],
  ['وحرب المواهب', 'talent-war'],
  ['open-weight model', 'open-weight-model'],
  ['بالذكاء الاصطناعى', 'artificial-intelligence'],
  ['التعهيد المفتوح', 'open-sourcing'],
  ['DeepFakes', 'deepfake'],
  ['الأوزان', 'weights'],
  ['Zuckerberg', 'mark-zuckerberg'],
  ['misinformaton', 'misinformation'],
];
