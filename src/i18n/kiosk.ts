// Text for the kiosk's night view. The recovery screen (recovery.ts) and the storage section
// (storage.ts) have their own catalogues, which load with those screens.
const da = {
  night: {
    label: 'Aftenvisning',
  },
};

export type KioskText = typeof da;

const en: KioskText = {
  night: {
    label: 'Evening view',
  },
};

export default { da, en };
