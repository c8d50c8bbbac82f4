package io.pylon.demo;

import io.pylon.account.Account;
import io.pylon.plan.AccountPlan;
import io.pylon.plan.Competitor;
import io.pylon.plan.DevelopmentPlan;
import io.pylon.plan.LastChange;
import io.pylon.plan.Measure;
import io.pylon.plan.ObjectiveDetails;
import io.pylon.plan.ObjectiveStatus;
import io.pylon.plan.PlanObjective;
import io.pylon.plan.PlanSections;
import io.pylon.security.User;
import io.pylon.shared.Money;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import java.util.List;

/** This year's account plans of two demo agencies: one written in English, one by a team that writes Chinese. */
final class DemoPlans {

    private static final Currency USD = Currency.getInstance("USD");

    private final EntityManager em;

    DemoPlans(EntityManager em) {
        this.em = em;
    }

    void load(Account kenyaRailways, Account tanzaniaPorts, User accountManager, User bidManager) {
        int year = Year.now().getValue();
        LastChange written = new LastChange(accountManager.username(), Instant.now());

        AccountPlan railways = new AccountPlan(kenyaRailways, year, written);
        railways.revise(new PlanSections(
                List.of("Delivered the Nairobi commuter rail upgrade on schedule", "Trusted by the board's technical committee"),
                List.of("No maintenance depot in Kenya", "Little contact with the National Treasury"),
                List.of(new Competitor("China Road and Bridge Corporation", "Built the standard-gauge railway; incumbent"),
                        new Competitor("Yapı Merkezi", "Strong on electrification; price leader in East Africa")),
                List.of(new DevelopmentPlan("Kenya Railways Master Plan", 2023, 2040, money("18000000000")),
                        new DevelopmentPlan("Nairobi Commuter Rail Programme", 2024, 2030, money("1300000000")))),
                written);
        em.persist(railways);
        objective(railways, "Win the Naivasha–Kisumu rehabilitation bid", bidManager, LocalDate.of(year, 10, 31),
                ObjectiveStatus.ON_TRACK, List.of(new Measure("Contract value won", "USD 350 million")), written);
        objective(railways, "Quarterly steering meeting with the Managing Director", accountManager,
                LocalDate.of(year, 12, 15), ObjectiveStatus.NOT_STARTED,
                List.of(new Measure("Meetings held", "4 a year")), written);

        AccountPlan ports = new AccountPlan(tanzaniaPorts, year, written);
        ports.revise(new PlanSections(
                List.of("达累斯萨拉姆港泊位项目按期交付，业主认可"),
                List.of("本地分包资源不足"),
                List.of(new Competitor("China Harbour Engineering Company", "巴加莫约港项目的在位承包商")),
                List.of(new DevelopmentPlan("Tanzania Ports Master Plan", 2024, 2045, money("7000000000")))),
                written);
        em.persist(ports);
        objective(ports, "完成坦噶港扩建项目融资方案", accountManager, LocalDate.of(year, 9, 30), ObjectiveStatus.AT_RISK,
                List.of(new Measure("出口信贷保险承保", "USD 400 million"), new Measure("贷款协议签署", "Q3")), written);
    }

    private void objective(AccountPlan plan, String title, User owner, LocalDate due, ObjectiveStatus status,
                           List<Measure> measures, LastChange written) {
        em.persist(new PlanObjective(plan, new ObjectiveDetails(title, owner, due, status, measures), written));
    }

    private static Money money(String amount) {
        return Money.of(new BigDecimal(amount), USD);
    }
}
