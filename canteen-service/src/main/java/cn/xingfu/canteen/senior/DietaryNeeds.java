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

    /** Whether there is anything to record (a request may leave parts out as null). */
    public boolean any() {
        return (needs != null && !needs.isEmpty())
                || (allergies != null && !allergies.isEmpty())
                || (texture != null && texture != Texture.NORMAL);
    }
}
