/**
 * Vision: dated assessments of where an account is today, the account vision in versions
 * with the customer's feedback, and the client's requirements with who represented them
 * inside our company (advocacy).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vision")
package org.keyline.vision;
