/** Food vocabulary shared by dishes (what they contain) and seniors (what they need). */
package cn.xingfu.canteen.shared.food;
