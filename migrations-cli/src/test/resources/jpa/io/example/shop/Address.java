package io.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    public String street;

    public String city;

    @Column(length = 10)
    public String postalCode;
}
