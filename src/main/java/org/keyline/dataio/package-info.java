/**
 * Data in: CSV import of accounts and contacts, from files other CRMs export (Salesforce,
 * HubSpot) or any other file through a column mapping, with a preview, a report of every
 * failing row and a duplicate check before anything is written all or nothing. The upload
 * waits in the database between the steps ({@code dataio_upload}). Reading the file is in
 * {@code dataio.csv}, mapping and checking in {@code dataio.importing}, the pages in
 * {@code dataio.web}; accounts and contacts are written through the account and
 * relationship modules' import services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data import")
package org.keyline.dataio;
