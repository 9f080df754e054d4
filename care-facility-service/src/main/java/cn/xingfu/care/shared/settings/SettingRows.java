package cn.xingfu.care.shared.settings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SettingRows extends JpaRepository<Setting, Long> {

    List<Setting> findByKey(String key);

    List<Setting> findAllByOrderByKeyAscEffectiveFromAsc();
}
