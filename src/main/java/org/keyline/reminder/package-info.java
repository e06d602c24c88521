/**
 * Reminders: the daily e-mail that tells each person their overdue actions and the
 * strategy reviews due on their accounts. Off until SMTP is configured; runs once a day
 * however many Keyline instances share the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminder")
package org.keyline.reminder;
