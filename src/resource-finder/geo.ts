/**
 * Distance, entirely on the device. ZIP centroids come from US Census ZCTA data compacted
 * at build time (scripts/build-zips.mjs) into one small JSON file per 3-digit prefix,
 * published beside the script (`dist/cdn/zips/641.json`) and looked up by zip-lookup.ts:
 * what a person types is never sent to a geocoder.
 */

export interface Point {
  latitude: number;
  longitude: number;
}

export type Units = 'mi' | 'km';

const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_MILE = 1.609344;

/** Great-circle (haversine) distance in kilometres. */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const toUnits = (km: number, units: Units): number => (units === 'mi' ? km / KM_PER_MILE : km);
export const fromUnits = (value: number, units: Units): number => (units === 'mi' ? value * KM_PER_MILE : value);

/** About 1 km: a position from "Use my location" is rounded to this before it is used. */
export function coarsen({ latitude, longitude }: Point): Point {
  return { latitude: Math.round(latitude * 100) / 100, longitude: Math.round(longitude * 100) / 100 };
}

export const isZip = (value: string): boolean => /^\d{5}$/.test(value);
