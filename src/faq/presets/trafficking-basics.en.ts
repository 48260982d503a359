import type { PresetQuestion } from '../presets.js';

/**
 * `preset="trafficking-basics"` in English. Written in our own words from the National
 * Human Trafficking Hotline's public pages (what it is, who can call, confidentiality,
 * not law enforcement or immigration, languages). `{phone}`, `{text}`, `{keyword}`,
 * `{tty}`, `{emergency}` and `{hotline}` come from the `us-trafficking` hotline preset.
 */
const questions: PresetQuestion[] = [
  [
    'faq-what-is-trafficking',
    'What is human trafficking?',
    [
      'Human trafficking is when someone uses force, fraud or coercion to make another person work or provide commercial sex. It happens in many kinds of work, such as farms, restaurants, cleaning, construction, care work and door-to-door sales, and in commercial sex.',
      'Anyone can be trafficked: adults and children, citizens and people from other countries, people of any gender. It does not require crossing a border or being moved from place to place.',
      'In the United States, anyone under 18 who is involved in commercial sex is a victim of trafficking, even when no force, fraud or coercion is involved.',
    ],
  ],
  [
    'faq-signs',
    'What are some signs that someone may be trafficked?',
    [
      'No single sign proves trafficking. Taken together, these can mean a person is not free:',
      [
        'Someone else keeps their ID, papers, money or phone.',
        'They work very long hours for little or no pay, or owe a debt they can never pay off.',
        'They cannot come and go as they wish, or are always watched.',
        'Someone else speaks for them, or their story sounds rehearsed.',
        'They seem afraid, anxious or hurt, or do not know where they live or work.',
        'A person under 18 is involved in commercial sex.',
      ],
      'If something feels wrong, you can talk it over with the hotline. You do not have to be sure.',
    ],
  ],
  [
    'faq-who-can-contact',
    'Who can contact the hotline?',
    [
      'Anyone. People who are in a trafficking situation now or were in the past, family and friends, neighbors and coworkers, teachers, health workers, service providers and employers can all call, text or chat.',
      'You do not need to know for sure that it is trafficking, and you do not have to give your name.',
    ],
  ],
  [
    'faq-what-happens',
    'What happens when I call, text or chat?',
    [
      'A trained advocate at the {hotline} answers, 24 hours a day, every day of the year. They listen, ask questions to understand your situation and what you need, and explain your options. You decide what to share and what happens next, and you can stop at any time.',
      'Advocates can connect you with services near you, such as shelter, legal help, health care and counseling, help you plan for your safety, or pass on a tip if you want them to.',
      [
        'Call {phone}: in English, Spanish and more than 200 other languages through interpreters.',
        'Text {keyword} to {text}: in English and Spanish.',
        'TTY: {tty}.',
      ],
      'You can also chat with an advocate on the hotline’s website.',
    ],
  ],
  [
    'faq-confidential',
    'Is it confidential?',
    [
      'Yes. The hotline is confidential, and you can stay anonymous. What you share is passed on, for example to the police or to a service, only if you agree.',
      'There are a few exceptions, for example when a child may be at risk or someone’s life is in danger. You can ask the advocate to explain them before you share anything.',
    ],
  ],
  [
    'faq-police-immigration',
    'Is the hotline the police or immigration?',
    [
      'No. The hotline is not law enforcement and not immigration. You can contact it whatever your immigration status.',
      'If you want to report to the police, an advocate can help you do that. Apart from the confidentiality exceptions, it is your choice.',
    ],
  ],
  [
    'faq-browse-safely',
    'How can I look for help more safely online?',
    [
      'If someone else may check your phone or computer:',
      [
        'Use a device they cannot reach, such as a trusted friend’s phone or a public library computer.',
        'A private or incognito window does not keep this visit in the browser history once you close it. It does not hide your activity from whoever runs the network, or from monitoring software on the device.',
        'You can delete this site from your browser history, and delete calls or messages to the hotline from your phone. They may still show on a phone bill.',
        'The quick exit button on some help sites takes you to another page fast. It cannot erase what is already in your history.',
      ],
      'The hotline can help you plan how to reach out more safely.',
    ],
  ],
  [
    'faq-danger-now',
    'What should I do if someone is in danger right now?',
    ['Call {emergency}. When it is safe, the hotline can help with next steps: {phone}.'],
  ],
];

export default questions;
