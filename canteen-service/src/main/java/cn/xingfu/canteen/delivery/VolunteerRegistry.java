package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import cn.xingfu.kernel.Masking;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The volunteer registry: who delivers for a canteen, when (a standing weekly schedule with released and taken-over
 * shifts), with how many boxes and how they travel. Managers keep the registry; a volunteer may release their own
 * shift and take a released one.
 */
@Service
@Transactional
public class VolunteerRegistry {

    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_.-]{3,64}");

    private final Volunteers volunteers;
    private final Substitutions substitutions;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    VolunteerRegistry(
            Volunteers volunteers,
            Substitutions substitutions,
            Accounts accounts,
            PasswordEncoder passwords,
            Clock clock) {
        this.volunteers = volunteers;
        this.substitutions = substitutions;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<VolunteerView> list(long canteenId, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return volunteers.findByHomeCanteenIdOrderByName(canteenId).stream()
                .map(this::view)
                .toList();
    }

    public VolunteerView register(long canteenId, NewVolunteer details, Actor actor) {
        actor.requireManager();
        actor.requireCanteen(canteenId);
        Volunteer volunteer = new Volunteer(
                Ids.next(),
                details.name().trim(),
                phone(details.phone()),
                canteenId,
                details.periods(),
                details.boxCapacity(),
                details.transport(),
                details.staffDriver(),
                clock.instant());
        return view(volunteers.save(volunteer));
    }

    public VolunteerView update(long volunteerId, NewVolunteer details, Actor actor) {
        Volunteer volunteer = managed(volunteerId, actor);
        String phone = details.phone();
        volunteer.update(
                details.name().trim(),
                phone == null || phone.isBlank() ? volunteer.phone() : phone(phone),
                details.periods(),
                details.boxCapacity(),
                details.transport(),
                details.staffDriver());
        return view(volunteer);
    }

    public VolunteerView pause(long volunteerId, Actor actor) {
        Volunteer volunteer = managed(volunteerId, actor);
        volunteer.pause();
        return view(volunteer);
    }

    public VolunteerView activate(long volunteerId, Actor actor) {
        Volunteer volunteer = managed(volunteerId, actor);
        volunteer.activate();
        return view(volunteer);
    }

    public VolunteerView schedule(long volunteerId, List<VolunteerView.ShiftView> weekly, Actor actor) {
        Volunteer volunteer = managed(volunteerId, actor);
        volunteer.schedule(weekly.stream()
                .map(s -> new Volunteer.Shift(s.dayOfWeek(), s.period()))
                .collect(Collectors.toSet()));
        return view(volunteer);
    }

    /** Gives the volunteer a login with the VOLUNTEER role, bound to their home canteen. */
    public VolunteerView createLogin(long volunteerId, String username, String password, Actor actor) {
        Volunteer volunteer = managed(volunteerId, actor);
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches() || password.length() < 8) {
            throw DomainException.invalid(
                    "INVALID_LOGIN",
                    "登录名 3-64 位小写字母数字，密码至少 8 位",
                    "Username: 3-64 lower-case letters or digits; password: at least 8 characters");
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw DomainException.conflict("USERNAME_TAKEN", "登录名已被使用", "This username is taken");
        }
        Account account = new Account(
                Ids.next(),
                name,
                passwords.encode(password),
                volunteer.name(),
                Role.VOLUNTEER,
                volunteer.homeCanteenId());
        accounts.save(account);
        volunteer.linkAccount(account.getId());
        return view(volunteer);
    }

    /** The volunteer (or staff for them) gives up one scheduled meal; others may take it. */
    public SubstitutionView release(long volunteerId, LocalDate date, MealPeriod period, Actor actor) {
        Volunteer volunteer = actingAs(volunteerId, actor);
        if (!volunteer.worksOn(date.getDayOfWeek(), period)) {
            throw DomainException.rejected(
                    "NOT_SCHEDULED", "该志愿者这天这一餐没有排班", "The volunteer is not scheduled for this meal");
        }
        if (date.isBefore(today())) {
            throw DomainException.rejected("DATE_IN_PAST", "不能让出过去的班次", "You cannot release a past shift");
        }
        if (substitutions
                .findByVolunteerIdAndServiceDateAndPeriod(volunteerId, date, period)
                .isPresent()) {
            throw DomainException.conflict("ALREADY_RELEASED", "这个班次已经让出", "This shift is already released");
        }
        Substitution released = substitutions.save(
                new Substitution(Ids.next(), volunteerId, volunteer.homeCanteenId(), date, period, clock.instant()));
        return view(released);
    }

    /** {@code substituteId} takes over a released shift; a volunteer may only take it for themselves. */
    public SubstitutionView take(long substitutionId, long substituteId, Actor actor) {
        Substitution released = substitutions
                .findById(substitutionId)
                .orElseThrow(() ->
                        DomainException.notFound("SUBSTITUTION_NOT_FOUND", "找不到该让出的班次", "Released shift not found"));
        Volunteer substitute = actingAs(substituteId, actor);
        released.requireOpen();
        if (substitute.homeCanteenId() != released.canteenId() || !substitute.active()) {
            throw DomainException.rejected(
                    "SUBSTITUTE_NOT_ELIGIBLE",
                    "接替者须是本食堂在岗志愿者",
                    "The substitute must be an active volunteer of this canteen");
        }
        if (!substitute.periods().contains(released.period())) {
            throw DomainException.rejected(
                    "SHIFT_OUTSIDE_AVAILABILITY", "接替者不服务这一餐次", "The substitute does not serve this meal period");
        }
        if (released.serviceDate().isBefore(today())) {
            throw DomainException.rejected("DATE_IN_PAST", "不能接替过去的班次", "You cannot take a past shift");
        }
        // one volunteer, one round per meal: taking a shift they already work would leave it uncovered
        if (substitute.id() != released.volunteerId()
                && onDuty(released.canteenId(), released.serviceDate(), released.period()).stream()
                        .anyMatch(v -> v.id() == substitute.id())) {
            throw DomainException.conflict(
                    "ALREADY_ON_DUTY", "接替者这一餐已经在岗", "The substitute already delivers this meal");
        }
        released.takeBy(substituteId, clock.instant());
        return view(released);
    }

    @Transactional(readOnly = true)
    public List<SubstitutionView> substitutions(long canteenId, Actor actor) {
        if (actor.role() != Role.VOLUNTEER) {
            actor.requireStaff();
        }
        actor.requireCanteen(canteenId);
        return substitutions
                .findByCanteenIdAndServiceDateGreaterThanEqualOrderByServiceDate(canteenId, today())
                .stream()
                .map(this::view)
                .toList();
    }

    /** Who delivers this meal: the weekly schedule, minus released shifts, plus those who took them over. */
    @Transactional(readOnly = true)
    List<Volunteer> onDuty(long canteenId, LocalDate date, MealPeriod period) {
        Map<Long, Volunteer> duty = new LinkedHashMap<>();
        List<Volunteer> all = volunteers.findByHomeCanteenIdOrderByName(canteenId);
        all.stream().filter(v -> v.worksOn(date.getDayOfWeek(), period)).forEach(v -> duty.put(v.id(), v));
        Map<Long, Volunteer> byId = all.stream().collect(Collectors.toMap(Volunteer::id, v -> v));
        List<Substitution> changes = substitutions.findByCanteenIdAndServiceDateAndPeriod(canteenId, date, period);
        // all releases first, then the takeovers: a volunteer may give up their own shift and cover someone else's
        changes.forEach(s -> duty.remove(s.volunteerId()));
        for (Substitution s : changes) {
            if (s.substituteId() != null) {
                Volunteer substitute = byId.get(s.substituteId());
                if (substitute != null && substitute.active()) {
                    duty.put(substitute.id(), substitute);
                }
            }
        }
        List<Volunteer> result = new ArrayList<>(duty.values());
        result.sort(Comparator.comparing(Volunteer::name).thenComparing(Volunteer::id));
        return result;
    }

    /** The service day: shifts are Beijing days, whatever the server's zone. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(RoundPlanning.BEIJING));
    }

    /** The volunteer record behind a VOLUNTEER login. */
    @Transactional(readOnly = true)
    Volunteer forActor(Actor actor) {
        if (actor.role() != Role.VOLUNTEER) {
            throw DomainException.forbidden("VOLUNTEERS_ONLY", "仅限送餐志愿者", "Only delivery volunteers may do this");
        }
        return volunteers
                .findByAccountId(actor.id())
                .orElseThrow(() -> DomainException.forbidden(
                        "NOT_A_VOLUNTEER", "该账号未关联志愿者", "This login is not linked to a volunteer"));
    }

    Volunteer get(long volunteerId) {
        return volunteers.findById(volunteerId).orElseThrow(VolunteerRegistry::notFound);
    }

    private Volunteer managed(long volunteerId, Actor actor) {
        actor.requireManager();
        Volunteer volunteer = get(volunteerId);
        actor.requireCanteen(volunteer.homeCanteenId());
        return volunteer;
    }

    private Volunteer actingAs(long volunteerId, Actor actor) {
        if (actor.role() == Role.VOLUNTEER) {
            Volunteer self = forActor(actor);
            if (self.id() != volunteerId) {
                throw DomainException.forbidden(
                        "OTHER_VOLUNTEER", "只能为自己让出或接替班次", "You can release or take shifts only for yourself");
            }
            return self;
        }
        actor.requireStaff();
        Volunteer volunteer = get(volunteerId);
        actor.requireCanteen(volunteer.homeCanteenId());
        return volunteer;
    }

    private static String phone(@Nullable String phone) {
        String trimmed = phone == null ? "" : phone.trim().replace(" ", "");
        if (!PHONE.matcher(trimmed).matches()) {
            throw DomainException.invalid("INVALID_PHONE", "电话号码格式不正确", "The phone number is not valid");
        }
        return trimmed;
    }

    private VolunteerView view(Volunteer v) {
        String username = v.accountId() == null
                ? null
                : accounts.findById(v.accountId()).map(Account::getUsername).orElse(null);
        List<VolunteerView.ShiftView> shifts = v.shifts().stream()
                .map(s -> new VolunteerView.ShiftView(s.dayOfWeek(), s.period()))
                .sorted(Comparator.comparingInt(VolunteerView.ShiftView::dayOfWeek)
                        .thenComparing(VolunteerView.ShiftView::period))
                .toList();
        return new VolunteerView(
                v.id(),
                v.name(),
                Masking.phone(v.phone()),
                v.homeCanteenId(),
                Set.copyOf(v.periods()),
                v.boxCapacity(),
                v.transport(),
                v.staffDriver(),
                v.active(),
                username,
                shifts);
    }

    private SubstitutionView view(Substitution s) {
        String name = volunteers.findById(s.volunteerId()).map(Volunteer::name).orElse("?");
        String substitute = s.substituteId() == null
                ? null
                : volunteers.findById(s.substituteId()).map(Volunteer::name).orElse("?");
        return new SubstitutionView(
                s.id(), s.volunteerId(), name, s.serviceDate(), s.period(), s.substituteId(), substitute);
    }

    static DomainException notFound() {
        return DomainException.notFound("VOLUNTEER_NOT_FOUND", "找不到该志愿者", "Volunteer not found");
    }
}
