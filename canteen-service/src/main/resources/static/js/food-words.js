/*
 * Dietary flags and allergens in words, shared by the kitchen display and the volunteer's phone page: staff and
 * volunteers read "低盐 Low-salt", never LOW_SALT. kind: texture, diet or allergy (an allergy is a warning).
 */
(function (global) {
  'use strict';

  var FLAGS = {
    SOFT: ['软食', 'Soft food', 'texture'], MINCED: ['碎食', 'Minced', 'texture'], PUREED: ['糊状', 'Puréed', 'texture'],
    LOW_SALT: ['低盐', 'Low-salt', 'diet'], DIABETIC: ['低糖', 'Diabetic', 'diet'], LOW_FAT: ['低脂', 'Low-fat', 'diet'],
    HALAL: ['清真', 'Halal', 'diet'], VEGETARIAN: ['素食', 'Vegetarian', 'diet']
  };
  var ALLERGENS = {
    PEANUT: ['花生', 'peanut'], TREE_NUT: ['坚果', 'tree nuts'], SHELLFISH: ['甲壳类海鲜', 'shellfish'], FISH: ['鱼', 'fish'],
    EGG: ['蛋', 'egg'], MILK: ['奶', 'milk'], SOY: ['大豆', 'soy'], WHEAT: ['小麦', 'wheat'], SESAME: ['芝麻', 'sesame']
  };

  /** { text, kind } for a flag such as LOW_SALT or ALLERGY:PEANUT, in 'zh' or 'en'. */
  function flag(code, lang) {
    if (code.indexOf('ALLERGY:') === 0) {
      var name = code.substring(8);
      var allergen = ALLERGENS[name] || ['其他过敏原', 'other allergen'];
      return { text: lang === 'en' ? 'Allergy: ' + allergen[1] : '过敏：' + allergen[0], kind: 'allergy' };
    }
    var words = FLAGS[code] || ['其他饮食要求', 'Other dietary need', 'diet'];
    return { text: lang === 'en' ? words[1] : words[0], kind: words[2] };
  }

  global.FoodWords = { flag: flag };
})(window);
