package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.MealPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Dishes extends JpaRepository<Dish, Long> {

    boolean existsByName(String name);

    Optional<Dish> findByName(String name);

    List<Dish> findAllByOrderByCategoryAscNameAsc();
}

interface DailyMenus extends JpaRepository<DailyMenu, Long> {

    Optional<DailyMenu> findByCanteenIdAndServiceDateAndPeriod(
            long canteenId, LocalDate serviceDate, MealPeriod period);

    List<DailyMenu> findByCanteenIdAndServiceDateBetween(long canteenId, LocalDate from, LocalDate to);

    boolean existsByCanteenIdAndServiceDate(long canteenId, LocalDate serviceDate);
}

interface MenuItems extends JpaRepository<MenuItem, Long> {

    List<MenuItem> findByMenuId(long menuId);

    Optional<MenuItem> findByMenuIdAndDishId(long menuId, long dishId);
}

interface MenuChanges extends JpaRepository<MenuChange, Long> {

    List<MenuChange> findByCanteenIdAndServiceDateBetweenOrderByChangedAtAsc(
            long canteenId, LocalDate from, LocalDate to);
}
