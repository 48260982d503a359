import type { PresetQuestion } from '../presets.js';

/**
 * `preset="trafficking-basics"` en español (trato de usted, lenguaje sencillo). Same ids
 * and facts as the English set; numbers come from the `us-trafficking` hotline preset.
 */
const questions: PresetQuestion[] = [
  [
    'faq-what-is-trafficking',
    '¿Qué es la trata de personas?',
    [
      'La trata de personas ocurre cuando alguien usa la fuerza, el engaño o la coacción para obligar a otra persona a trabajar o a realizar actos sexuales comerciales. Pasa en muchos tipos de trabajo, como el campo, los restaurantes, la limpieza, la construcción, el cuidado de personas y las ventas de puerta en puerta, y en el comercio sexual.',
      'Cualquier persona puede ser víctima: adultos y menores, ciudadanos y personas de otros países, de cualquier género. No hace falta cruzar una frontera ni ser trasladado de un lugar a otro.',
      'En Estados Unidos, toda persona menor de 18 años que participa en el comercio sexual es víctima de trata, aunque no haya fuerza, engaño ni coacción.',
    ],
  ],
  [
    'faq-signs',
    '¿Qué señales pueden indicar que alguien es víctima de trata?',
    [
      'Ninguna señal por sí sola lo demuestra. Juntas, estas señales pueden indicar que una persona no es libre:',
      [
        'Otra persona guarda su identificación, sus documentos, su dinero o su teléfono.',
        'Trabaja muchísimas horas por poco o ningún pago, o tiene una deuda que nunca termina de pagar.',
        'No puede entrar y salir cuando quiere, o siempre la vigilan.',
        'Otra persona habla por ella, o su historia parece ensayada.',
        'Parece tener miedo, estar ansiosa o lastimada, o no sabe dónde vive o trabaja.',
        'Una persona menor de 18 años participa en el comercio sexual.',
      ],
      'Si algo le parece mal, puede hablarlo con la línea de ayuda. No necesita tener certeza.',
    ],
  ],
  [
    'faq-who-can-contact',
    '¿Quién puede comunicarse con la línea de ayuda?',
    [
      'Cualquier persona. Pueden llamar, enviar un texto o chatear quienes están o estuvieron en una situación de trata, familiares y amistades, vecinos y compañeros de trabajo, maestros, personal de salud, proveedores de servicios y empleadores.',
      'No necesita saber con certeza si es trata de personas, y no tiene que dar su nombre.',
    ],
  ],
  [
    'faq-what-happens',
    '¿Qué pasa cuando llamo, envío un texto o uso el chat?',
    [
      'Le responde una persona capacitada de la {hotline}, las 24 horas, todos los días del año. Le escucha, le hace preguntas para entender su situación y lo que necesita, y le explica sus opciones. Usted decide qué contar y qué pasa después, y puede terminar la conversación cuando quiera.',
      'Le pueden conectar con servicios cerca de usted, como refugio, ayuda legal, atención médica y consejería, ayudarle a planear su seguridad o pasar un reporte si usted lo desea.',
      [
        'Llame al {phone}: en inglés, español y más de 200 idiomas con intérpretes.',
        'Envíe {keyword} por texto al {text}: en inglés y español.',
        'TTY: {tty}.',
      ],
      'También puede chatear con una persona capacitada en el sitio web de la línea de ayuda.',
    ],
  ],
  [
    'faq-confidential',
    '¿Es confidencial?',
    [
      'Sí. La línea de ayuda es confidencial y usted puede mantenerse en el anonimato. Lo que usted cuente solo se comparte, por ejemplo con la policía o con un servicio, si usted está de acuerdo.',
      'Hay algunas excepciones, por ejemplo cuando un menor puede estar en riesgo o la vida de alguien corre peligro. Puede pedir que se las expliquen antes de contar nada.',
    ],
  ],
  [
    'faq-police-immigration',
    '¿La línea de ayuda es la policía o inmigración?',
    [
      'No. La línea de ayuda no es la policía ni inmigración. Puede comunicarse sin importar su situación migratoria.',
      'Si usted quiere hacer una denuncia ante la policía, le pueden ayudar a hacerlo. Salvo las excepciones de confidencialidad, la decisión es suya.',
    ],
  ],
  [
    'faq-browse-safely',
    '¿Cómo puedo buscar ayuda en internet de forma más segura?',
    [
      'Si otra persona puede revisar su teléfono o su computadora:',
      [
        'Use un dispositivo al que esa persona no tenga acceso, como el teléfono de una amistad de confianza o una computadora de una biblioteca pública.',
        'Una ventana privada o de incógnito no guarda esta visita en el historial del navegador después de cerrarla. No oculta su actividad a quien administra la red ni a programas de vigilancia instalados en el dispositivo.',
        'Puede borrar este sitio del historial del navegador, y borrar de su teléfono las llamadas o mensajes a la línea de ayuda. Aun así, pueden aparecer en la factura del teléfono.',
        'El botón de salida rápida de algunos sitios de ayuda le lleva a otra página enseguida. No puede borrar lo que ya está en su historial.',
      ],
      'La línea de ayuda puede ayudarle a planear cómo pedir ayuda de forma más segura.',
    ],
  ],
  [
    'faq-danger-now',
    '¿Qué hago si alguien está en peligro ahora mismo?',
    ['Llame al {emergency}. Cuando sea seguro, la línea de ayuda puede ayudarle con los siguientes pasos: {phone}.'],
  ],
];

export default questions;
