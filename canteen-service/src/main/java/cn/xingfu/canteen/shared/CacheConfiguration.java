package cn.xingfu.canteen.shared;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/** Menus, policies and canteens are read on every order; they are cached and evicted on change. */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {}
