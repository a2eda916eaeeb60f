import { deliverFile, type Delivery } from '@/lib/deliver-file'
import { createBackupFile, recordBackupMade } from './export-backup'

/**
 * Makes the backup file and hands it to the person (share sheet or download); records when, unless
 * they cancelled the share sheet, in which case no backup was saved.
 */
export async function saveBackup(
  password: string | null,
): Promise<{ file: File; delivery: Delivery }> {
  const { file } = await createBackupFile(password)
  const delivery = await deliverFile(file)
  if (delivery !== 'cancelled') await recordBackupMade()
  return { file, delivery }
}
