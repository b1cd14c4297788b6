package io.migrations.hibernate;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * The implicit names a Spring Boot application gets by default: JPA's, except that a join table is named after the
 * owning table and the attribute ({@code customer_tags}), not after both entities.
 */
final class BootImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        return toIdentifier(source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty(), source.getBuildingContext());
    }
}
