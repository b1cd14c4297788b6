package io.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.List;

@Entity
public class Customer {

    @Id
    @SequenceGenerator(name = "customer_ids", sequenceName = "customer_ids", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_ids")
    public Long id;

    @Column(nullable = false, unique = true, length = 200)
    public String email;

    @Embedded
    public Address address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CustomerStatus status;

    @OneToMany(mappedBy = "customer")
    public List<PurchaseOrder> orders = new ArrayList<>();
}
