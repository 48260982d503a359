/** Spanish strings; same keys as `en.ts`. Written for plain reading, usted form. */
export const hotlineBanner = {
  'banner-label': 'Hay ayuda disponible: {name}',
  'hours-24-7': 'Abierta 24/7.',
  confidential: 'Confidencial',
  call: 'Llame al {number}',
  'copy-number': 'Copiar número',
  copied: 'Copiado',
  'copied-announcement': 'Número copiado: {number}',
  'copy-failed': 'No se pudo copiar. El número es {number}.',
  'text-keyword': 'Envíe {keyword} por texto al {number}',
  text: 'Envíe un texto al {number}',
  chat: 'Chatear en línea',
  tty: 'TTY: marque {number}',
  emergency: 'En peligro inmediato, llame al {number}.',
  dismiss: 'Ocultar este aviso de la línea de ayuda',
  'preset-us-trafficking-about':
    'Confidencial. Llamadas en inglés, español y más de 200 idiomas con intérpretes; mensajes de texto y chat en inglés y español. No es la policía ni inmigración.',
  'preset-ca-trafficking-about':
    'Confidencial. Llamadas en inglés, francés y más de 200 idiomas; chat en inglés y francés. No es la policía, el gobierno ni inmigración.',
  'preset-uk-modern-slavery-about':
    'Gratuita, confidencial e independiente. No forma parte de la policía ni del gobierno.',
  'preset-mx-trafficking-about': 'Gratuita y confidencial.',
  'preset-us-988-about':
    'Llame o envíe un mensaje si piensa en el suicidio, si le preocupa alguien o si pasa por cualquier tipo de angustia emocional. Gratuita y confidencial.',
};

// A component's strings in their own module, re-exported here: Rollup then keeps them in that
// component's CDN file. Once two components write their strings in this file, Rollup moves
// them all into one shared chunk that every component loads.
export { quickExit, quickExitTips } from './es-quick-exit.js';
