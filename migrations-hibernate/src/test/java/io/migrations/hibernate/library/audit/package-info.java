/** A generator declared once for the package, which the scan must hand to Hibernate. */
@SequenceGenerator(name = "audit_ids", sequenceName = "audit_ids", allocationSize = 5)
package io.migrations.hibernate.library.audit;

import jakarta.persistence.SequenceGenerator;
