// printConfigMap and printSecret (k8s.io/kubernetes pkg/printers/internalversion/printers.go):
// NAME, DATA (a ConfigMap counts its data and binaryData keys) and AGE; a Secret shows its TYPE
// before DATA. The API server merged a Secret's stringData into data when it stored it
// (api/secretData.ts), so data holds every key.
import type { ConfigMap, Secret } from 'kubernetes-types/core/v1';
import type { AdmittedObject } from '../../model/admitted.ts';
import { ageOf } from '../humanDuration.ts';
import { cols, type TablePrinter } from './table.ts';

/** How many keys a stored map holds (stored as written: anything but a mapping holds none). */
export const keyCount = (m: unknown): number =>
  typeof m === 'object' && m !== null && !Array.isArray(m) ? Object.keys(m).length : 0;

export const configMapPrinter: TablePrinter<AdmittedObject & ConfigMap> = {
  columns: cols(['Name', 'Data', 'Age']),
  row: (cm, ctx) => [
    cm.metadata.name,
    String(keyCount(cm.data) + keyCount(cm.binaryData)),
    ageOf(cm.metadata, ctx.state),
  ],
};

export const secretPrinter: TablePrinter<AdmittedObject & Secret> = {
  columns: cols(['Name', 'Type', 'Data', 'Age']),
  row: (s, ctx) => [s.metadata.name, String(s.type ?? ''), String(keyCount(s.data)), ageOf(s.metadata, ctx.state)],
};
