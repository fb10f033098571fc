/**
 * Jakarta Batch jobs and their daily schedules. The insurance expiry scan ({@code
 * insuranceExpiryScan}) opens a renewal for each housing contract whose cover has ended or ends
 * soon: reader, processor and writer are CDI artifacts named in {@code META-INF/batch-jobs}.
 */
package fr.portail.infrastructure.batch;
