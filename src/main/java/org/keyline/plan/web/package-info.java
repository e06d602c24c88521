/**
 * The plan pages: the plan with its objectives, strategies and actions, the forms that
 * shape it, its life from draft to closed, and the comparison of two versions.
 */
package org.keyline.plan.web;
