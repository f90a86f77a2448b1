/**
 * Generates the synthetic Guangdong jurisdiction: one `<table>.ndjson` per dictionary table in
 * `outDir`, and the ground truth as JSON outside it. Same seed and scale, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AlertDraft } from './alerts';
import { alertRows } from './alerts';
import { backgroundAlarmCountFor } from './backgroundAlarms';
import { PERIOD } from './calendar';
import type { GroundTruth } from './groundTruth';
import { GROUND_TRUTH_FORMAT, backgroundAlarmTruth, benignTruth, schemeTruth } from './groundTruth';
import { PROVINCE } from './guangdongCities';
import { Random } from './random';
import { writeStaticTables } from './staticTables';
import { closeTableWriters, openTableWriters } from './tableWriters';
import { simulateTradingPeriod } from './tradingPeriod';
import { buildWorld } from './world';

export interface GenerateOptions {
  seed: string;
  scale: number;
  outDir: string;
  truthFile: string;
  log?: (line: string) => void;
}

export interface GenerationSummary {
  tables: Array<{ table: string; rows: number; bytes: number }>;
  truth: GroundTruth;
  elapsedMs: number;
}

export function generateJurisdiction(options: GenerateOptions): GenerationSummary {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  mkdirSync(options.outDir, { recursive: true });
  const world = buildWorld(options.seed, options.scale);
  log(
    `planned ${world.accounts.length} accounts, ${world.instruments.length} instruments, ${world.schemes.length} schemes, ${world.lookAlikes.length} look-alike groups`,
  );
  const writers = openTableWriters(options.outDir);
  writeStaticTables(world, writers);
  const { daily, statistics, alarms } = simulateTradingPeriod(world, writers, log);

  const backgroundAlarms = alarms.alarms(backgroundAlarmCountFor(options.scale));
  const drafts: AlertDraft[] = [
    ...world.schemes.flatMap((scheme) =>
      scheme.detections.map((detection) => ({
        owner: scheme.id,
        tag: scheme.id,
        detection,
        firstDay: scheme.firstDay,
        lastDay: scheme.lastDay,
        windowStart: scheme.windowStart,
      })),
    ),
    ...world.lookAlikes.flatMap((lookAlike) =>
      lookAlike.falseAlarms.map((detection) => ({
        owner: lookAlike.id,
        tag: lookAlike.id,
        detection,
        firstDay: detection.windowDays?.[0] ?? lookAlike.firstDay,
        lastDay: detection.windowDays?.[1] ?? lookAlike.lastDay,
      })),
    ),
    ...backgroundAlarms.map((alarm) => ({
      owner: alarm.id,
      tag: alarm.id,
      detection: alarm.detection,
      firstDay: alarm.day,
      lastDay: alarm.day,
    })),
  ];
  const closeOn = (instrument: { index: number }, day: number): number =>
    daily[instrument.index]!.close[Math.max(0, Math.min(day, daily[0]!.close.length - 1))]!;
  const alerts = alertRows(drafts, statistics, closeOn, Random.derive(options.seed, 'alerts'));
  writers.alerts.writeAll(alerts.rows);
  const tables = closeTableWriters(writers);

  const idsOf = (owner: string): string[] => alerts.idsByOwner.get(owner) ?? [];
  const truth: GroundTruth = {
    format: GROUND_TRUTH_FORMAT,
    seed: options.seed,
    scale: options.scale,
    jurisdiction: PROVINCE.code,
    period: { ...PERIOD },
    tables: Object.fromEntries(tables.map(({ table, rows }) => [table, rows])),
    schemes: world.schemes.map((scheme) => schemeTruth(scheme, idsOf(scheme.id))),
    benign: world.lookAlikes.map((lookAlike) => benignTruth(lookAlike, idsOf(lookAlike.id))),
    background_false_alarms: backgroundAlarms.map((alarm) =>
      backgroundAlarmTruth(alarm, idsOf(alarm.id)[0] ?? ''),
    ),
    alerts: {
      true_positive: world.schemes.flatMap((scheme) => idsOf(scheme.id)).sort(),
      false_positive: [
        ...world.lookAlikes.flatMap((lookAlike) => idsOf(lookAlike.id)),
        ...backgroundAlarms.flatMap((alarm) => idsOf(alarm.id)),
      ].sort(),
    },
  };
  mkdirSync(dirname(options.truthFile), { recursive: true });
  writeFileSync(options.truthFile, `${JSON.stringify(truth, null, 2)}\n`);
  return { tables, truth, elapsedMs: performance.now() - started };
}
