package cn.xingfu.canteen.menu.web;

import cn.xingfu.canteen.menu.DishDraft;
import cn.xingfu.canteen.menu.DishView;
import cn.xingfu.canteen.menu.MenuPlanning;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.shared.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The dish catalogue: everyone signed in reads it, managers and district admins change it. */
@RestController
@RequestMapping("/api/dishes")
class DishController {

    private final MenuPlanning planning;

    DishController(MenuPlanning planning) {
        this.planning = planning;
    }

    @GetMapping
    List<DishView> all(Actor actor) {
        return planning.dishes();
    }

    @GetMapping("/{id}")
    DishView one(@PathVariable long id, Actor actor) {
        return planning.dish(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DishView create(@Valid @RequestBody DishRequest request, Actor actor) {
        actor.requireManager();
        return planning.createDish(request.toDraft());
    }

    @PutMapping("/{id}")
    DishView update(@PathVariable long id, @Valid @RequestBody DishRequest request, Actor actor) {
        actor.requireManager();
        return planning.updateDish(id, request.toDraft());
    }

    @DeleteMapping("/{id}")
    DishView deactivate(@PathVariable long id, Actor actor) {
        actor.requireManager();
        return planning.deactivateDish(id);
    }

    record DishRequest(
            @NotBlank @Size(max = 50) String name,
            @NotBlank @Size(max = 100) String nameEn,

            @NotNull @DecimalMin("0.00") @DecimalMax("999.99") @Digits(integer = 3, fraction = 2)
            BigDecimal price,

            @NotBlank @Size(max = 16) String category,
            Set<Allergen> allergens,
            Set<DietaryTag> dietaryTags,
            @NotNull Texture texture) {

        DishDraft toDraft() {
            return new DishDraft(
                    name,
                    nameEn,
                    price,
                    category,
                    allergens == null ? Set.of() : allergens,
                    dietaryTags == null ? Set.of() : dietaryTags,
                    texture);
        }
    }
}
