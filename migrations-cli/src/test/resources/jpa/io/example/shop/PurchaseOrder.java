package io.example.shop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(indexes = @Index(name = "purchase_order_placed_at", columnList = "placedAt"))
public class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Customer customer;

    @jakarta.persistence.Column(precision = 12, scale = 2)
    public BigDecimal total;

    public Instant placedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    public List<OrderLine> lines = new ArrayList<>();
}
