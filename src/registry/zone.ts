/** Time-zone names: valid when Intl knows them (IANA names such as "Asia/Shanghai"). */
export function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
