/** Spanish strings for <haven-quick-exit> and <haven-quick-exit-tips> (re-exported by es.ts); usted form. */
export const quickExit = {
  exit: 'Salir de este sitio',
  'exit-emergency': '(salida de emergencia)',
  'exit-hint': 'Abre enseguida un sitio web neutral.',
  'shortcut-shift': 'O pulse Mayús 3 veces.',
  'shortcut-escape': 'O pulse Esc dos veces.',
  'shift-more': 'Mayús: pulse {count} veces más para salir.',
  'shift-one-more': 'Mayús: pulse 1 vez más para salir.',
  'escape-one-more': 'Esc: pulse una vez más para salir.',
  'shortcut-expired': 'Se acabó el tiempo del atajo para salir.',
  'skip-link': 'Salida de emergencia: salir de este sitio ahora',
  'exit-title': 'Cargando',
  'exit-message': 'Cargando.',
};

export const quickExitTips = {
  'tips-title': 'Navegue con más seguridad',
  'tip-exit': 'El botón para salir abre enseguida un sitio web neutral.',
  'tip-shift': 'Con un teclado, pulsar Mayús 3 veces hace lo mismo.',
  'tip-escape': 'Con un teclado, pulsar Esc dos veces hace lo mismo.',
  'tip-history':
    'Salir así no borra su historial de navegación, y el botón Atrás todavía puede mostrar páginas anteriores de este sitio.',
  'tip-delete': 'Puede borrar páginas sueltas de su historial; borrarlo todo de una vez también puede llamar la atención.',
  'tip-private': 'Una ventana privada o de incógnito no guarda el historial después de cerrarla.',
  'tip-close': 'Para ocultar una página rápido, también puede cerrarla: Ctrl+W, o ⌘W en Mac.',
  'tip-device':
    'Si puede, use un dispositivo que la persona que le preocupa no pueda revisar, como el teléfono de una amistad o una computadora de la biblioteca.',
  'tip-spyware':
    'Ningún sitio web puede encontrar ni quitar programas espía, ni ocultar lo que registra una cuenta compartida (correo, copias en la nube, factura del teléfono).',
};
