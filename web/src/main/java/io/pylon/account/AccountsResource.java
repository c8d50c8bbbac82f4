package io.pylon.account;

import io.pylon.api.FieldChecks;
import io.pylon.api.PageView;
import io.pylon.merge.AccountMerges;
import io.pylon.scoring.Scoring;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Page;
import io.pylon.shared.PageRequest;
import io.pylon.shared.Reason;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Government agencies and state-owned enterprises: the key accounts")
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    Scoring scoring;

    @Inject
    AccountMerges merges;

    @POST
    @Operation(summary = "Register an agency account; the creator leads its team")
    public Response create(AccountForm form, @Context UriInfo uriInfo) {
        AccountView created = AccountView.of(accounts.create(FieldChecks.body(form).draft(false)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "Search the accounts you may see, by free text and country, one page at a time; sort by "
            + "name, country, id or score (accounts not scored yet last), - first for descending")
    public PageView<AccountView> search(@QueryParam("q") String text,
                                        @QueryParam("country") String country,
                                        @QueryParam("sort") @DefaultValue("name") String sort,
                                        @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("20") int size) {
        String countryCode = country == null || country.isBlank() ? null : country;
        new FieldChecks()
                .text("q", text, false, AccountProfile.MAX_NAME_LENGTH)
                .country("country", countryCode)
                .paging(page, size)
                .orThrow();
        AccountQuery query = new AccountQuery(text, countryCode == null ? null : CountryCode.of(countryCode), sort,
                new PageRequest(page, size));
        Page<Account> found = accounts.search(query);
        Map<Long, BigDecimal> scores = scoring.scoresOf(found.items().stream().map(Account::id).toList());
        return PageView.of(found, account -> AccountView.of(account, scores.get(account.id())));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account")
    public AccountView find(@PathParam("id") long id) {
        return AccountView.of(accounts.find(id), scoring.scoresOf(List.of(id)).get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise an account; send the version you read, a stale one answers 409")
    public AccountView revise(@PathParam("id") long id, AccountForm form) {
        AccountDraft draft = FieldChecks.body(form).draft(true);
        return AccountView.of(accounts.revise(id, form.version(), draft));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every audited change of the account and every account merged into it (MERGE), "
            + "oldest first, with who made it")
    public List<AccountChangeView> history(@PathParam("id") long id) {
        return Stream.concat(accounts.history(id).stream().map(AccountChangeView::of),
                        merges.of(id).stream().map(AccountChangeView::of))
                .sorted(Comparator.comparingLong(AccountChangeView::revision))
                .toList();
    }
}
