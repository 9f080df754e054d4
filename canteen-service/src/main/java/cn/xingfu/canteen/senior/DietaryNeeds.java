package cn.xingfu.canteen.senior;

import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import java.util.Set;

/** What a senior must or must not eat. */
public record DietaryNeeds(Set<DietaryTag> needs, Set<Allergen> allergies, Texture texture) {

    public static DietaryNeeds none() {
        return new DietaryNeeds(Set.of(), Set.of(), Texture.NORMAL);
    }
}
