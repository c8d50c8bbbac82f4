/** The financing API: a stateless evaluation of a plan for what-if work and integrations. */
package io.pylon.financing;
