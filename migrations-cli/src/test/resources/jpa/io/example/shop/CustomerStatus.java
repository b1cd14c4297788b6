package io.example.shop;

public enum CustomerStatus {
    ACTIVE, SUSPENDED, CLOSED
}
