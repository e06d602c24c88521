/**
 * Search: one search box across accounts, contacts, client requirements and interactions,
 * with PostgreSQL full-text search (generated documents with GIN indexes), limited to
 * what the user may see, ranked, with the matching words highlighted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.keyline.search;
