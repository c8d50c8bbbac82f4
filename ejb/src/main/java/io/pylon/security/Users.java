package io.pylon.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The people who sign in, and the accounts whose teams they are on. */
@Stateless
public class Users {

    @PersistenceContext
    EntityManager em;

    public Optional<Credentials> credentials(String username) {
        return byUsername(username).map(user -> new Credentials(user.username(), user.displayName(),
                user.passwordHash(), user.enabled(), user.roles(), teamAccountIds(user)));
    }

    private Set<Long> teamAccountIds(User user) {
        return new HashSet<>(em.createQuery(
                        "select m.account.id from TeamMember m where m.user = :user", Long.class)
                .setParameter("user", user)
                .getResultList());
    }

    public Optional<User> byUsername(String username) {
        return em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public boolean none() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult() == 0;
    }

    public User register(String username, String displayName, String plainPassword, Set<Role> roles) {
        User user = new User(username, displayName, Passwords.hash(plainPassword), roles);
        em.persist(user);
        return user;
    }
}
