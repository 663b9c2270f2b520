//! `count-mismatch`: a count word and the list it names disagree (“六件事” naming five items).

use super::context::Context;
use super::{Finding, Message, Related, Rule, Severity};

pub const RULE: Rule = Rule {
    code: "count-mismatch",
    default_severity: Severity::Warning,
    description: "A count word and the list it names disagree.",
    run,
};

/// A list that misses its count by more than this is taken to count something else.
const MAX_GAP: u64 = 2;

fn run(context: &Context) -> Vec<Finding> {
    let text = context.text;
    context
        .report
        .enumerations
        .iter()
        .filter(|enumeration| {
            let listed = enumeration.items.len() as u64;
            // A list far from its count is not what the count counts (建成高校、科研院所转化中心
            // 10个); a list ending in 等 may name fewer.
            // 城中村改造和保障性住房建设是一项长期任务: one thing said of a pair is no count of it.
            let said_of_them =
                enumeration.count == 1 && text[..enumeration.count_range.start].ends_with('是');
            !said_of_them
                && (listed.abs_diff(enumeration.count) <= MAX_GAP || enumeration.surely_counted)
                && (listed > enumeration.count
                    || (listed < enumeration.count && !enumeration.open_ended))
        })
        .map(|enumeration| {
            let word = &text[enumeration.count_range.clone()];
            let listed = enumeration.items.len();
            let items: Vec<&str> = enumeration.items.iter().map(|i| i.text.as_str()).collect();
            Finding {
                code: RULE.code,
                severity: RULE.default_severity,
                range: enumeration.count_range.clone(),
                message: Message {
                    zh: format!(
                        "“{word}”说有 {} 项，但所列只有 {listed} 项：{}",
                        enumeration.count,
                        items.join("、")
                    ),
                    en: format!(
                        "“{word}” says {} but the list names {listed}: {}",
                        enumeration.count,
                        items.join(", ")
                    ),
                },
                related: enumeration
                    .items
                    .iter()
                    .enumerate()
                    .map(|(number, item)| Related {
                        range: item.range.clone(),
                        message: Message {
                            zh: format!("第 {} 项：{}", number + 1, item.text),
                            en: format!("item {}: {}", number + 1, item.text),
                        },
                    })
                    .collect(),
                fixes: Vec::new(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("count-mismatch", text).len()
    }

    #[test]
    fn names_sharing_their_ending_after_he_are_one_item() {
        let draft = |count: &str| {
            format!(
                "标题\n\n医院建成胸痛中心、卒中中心、创伤中心、危重孕产妇救治中心、危重儿童和新生儿救治中心“{count}中心”。\n"
            )
        };
        assert_eq!(count(&draft("五大")), 0);
        assert_eq!(count(&draft("六大")), 1);
    }

    #[test]
    fn two_count_words_share_the_list_after_them() {
        let draft = |count: &str| {
            format!(
                "标题\n\n我们主要推行了{count}：一是建设概念验证中心；二是建设中试基地；三是搭建线上平台。\n"
            )
        };
        assert_eq!(count(&draft("“两个中心、一个平台”")), 0);
        assert_eq!(count(&draft("两个举措")), 1);
    }

    #[test]
    fn a_partner_and_a_count_in_digits_are_no_list() {
        assert_eq!(count("标题\n\n县里与长三角3所高校共建2个产业研究院。\n"), 0);
        assert_eq!(count("标题\n\n推行固定日说事和双向约定说事三种方式。\n"), 1);
    }

    #[test]
    fn aspects_announced_then_told_paragraph_by_paragraph() {
        let draft = |count: &str| {
            format!(
                "发布会实录\n\n【王建国】大家好！下面我从{count}方面介绍有关情况。\n\n一是水利基础设施不断完善。全市共有水库326座。\n\n二是去年防汛工作经受住了考验。\n\n三是今年防汛备汛工作全面就绪。\n\n【主持人】谢谢。\n"
            )
        };
        assert_eq!(count(&draft("三个")), 0);
        assert_eq!(count(&draft("四个")), 1);
        // Aspects announced in a paragraph that goes on to other things are not the paragraphs
        // after it.
        let text = "标题\n\n我们从四个方面推进改革。全年完成投资12亿元。\n\n一是完善制度。\n\n二是强化考核。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn campaigns_counted_by_their_verb() {
        let draft = |count: &str| {
            format!(
                "标题\n\n深入推进政策宣传“进企业、进园区、进工地、进社区”{count}活动，为860名劳动者追讨欠薪。\n"
            )
        };
        assert_eq!(count(&draft("四进")), 0);
        assert_eq!(count(&draft("五进")), 1);
        // 退二进三 is a policy's name, no count.
        assert_eq!(count("标题\n\n主城区“退二进三”“腾笼换鸟”取得新成效。\n"), 0);
    }

    #[test]
    fn a_list_shorter_or_longer_than_its_count_word() {
        assert_eq!(
            count("以学习事、攻坚事、成败事、期盼事、家常事“六件事”为主要内容。"),
            1
        );
        assert_eq!(count("全面实施党建联盟、产业联动、规划联体“四大工程”。"), 1);
        assert_eq!(
            count("傅家路村、傅家村、健民村、新村，组成片区。片区3村集体经济增长20%。"),
            1
        );
        let finding = &findings_of(
            "count-mismatch",
            "全面实施党建联盟、产业联动、规划联体“四大工程”。",
        )[0];
        assert!(
            finding
                .message
                .zh
                .contains("“四大”说有 4 项，但所列只有 3 项"),
            "{}",
            finding.message.zh
        );
        assert_eq!(finding.related.len(), 3);
        assert_eq!(count("推动新城河三个地块以8.38亿元、9.21亿元顺利拍卖。"), 1);
        assert_eq!(count("三个片区集体经济分别增长5%、6%、8%和9%。"), 1);
        // Members that each begin with the count's head are its list however many it says.
        let promotions = |word: &str| {
            count(&format!(
                "贯彻以党建促发展、促改革、促稳定的“{word}党建”重要指示。"
            ))
        };
        assert_eq!(promotions("三促"), 0);
        assert_eq!(promotions("六促"), 1);
        let ways = |word: &str| count(&format!("采取固定日说事和双向约定说事{word}方式。"));
        assert_eq!(ways("两种"), 0);
        assert_eq!(ways("一种"), 1);
        assert_eq!(count("探索一种新模式。"), 0);
        // Two-character heads, parties and schools.
        let unified = |word: &str| {
            count(&format!(
                "推行人员统一调配、财务统一管理、药械统一采购、信息统一平台“{word}”。"
            ))
        };
        assert_eq!(unified("四统一"), 0);
        assert_eq!(unified("五统一"), 1);
        let parties = |word: &str| {
            count(&format!(
                "推动社区党组织、业委会、物业服务企业“{word}协同”。"
            ))
        };
        assert_eq!(parties("三方"), 0);
        assert_eq!(parties("四方"), 1);
        let schools = |number: &str| {
            count(&format!(
                "城北实验学校、滨江小学、东湖初级中学{number}所新建学校如期开学。"
            ))
        };
        assert_eq!(schools("3"), 0);
        assert_eq!(schools("4"), 1);
    }

    #[test]
    fn numbered_lists_past_ten_and_across_paragraphs() {
        let measures = |last: u64| {
            let names = [
                "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
            ];
            let items: Vec<String> = names[..last as usize]
                .iter()
                .map(|name| format!("{name}是加强第{name}项工作。"))
                .collect();
            format!("出台村级班子建设十二条举措：\n\n{}\n", items.join("\n\n"))
        };
        assert_eq!(count(&measures(12)), 0);
        assert_eq!(count(&measures(11)), 1);
        assert_eq!(count(&measures(13)), 1);
        assert_eq!(
            count(
                "出台十二条举措：一是加强政治建设；二是严格选拔；三是强化培训；四是规范管理；五是完善激励；六是从严监督；七是健全保障；八是优化结构；九是强化考核；十是畅通出口；十一是落实待遇。"
            ),
            1
        );
    }

    #[test]
    fn quoted_count_words_and_sections_that_follow() {
        let six = |word: &str| {
            count(&format!(
                "扎实做好保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转“{word}”任务。"
            ))
        };
        assert_eq!(six("六保"), 0);
        assert_eq!(six("五保"), 1);
        assert_eq!(count("整治小作坊、小餐饮、小食杂“四小”。"), 1);
        assert_eq!(count("整治小作坊、小餐饮、小食杂“三小”。"), 0);
        let plan = |word: &str| {
            count(&format!(
                "二、2021年工作安排\n\n重点抓好{word}方面工作：\n\n（一）扩大有效投资\n\n安排项目。\n\n（二）推动产业升级\n\n实施攻坚。\n\n（三）提升城市品质\n\n改造小区。\n\n三、加强自身建设\n\n（一）讲政治\n"
            ))
        };
        assert_eq!(plan("三个"), 0);
        assert_eq!(plan("四个"), 1);
    }

    #[test]
    fn one_value_per_member_agrees() {
        assert_eq!(count("推动新城河两个地块以8.38亿元、9.21亿元顺利拍卖。"), 0);
        assert_eq!(count("两个项目以8.38亿元中标，工期3年、5年。"), 0);
        assert_eq!(count("三个片区分别增长5%、6%等。"), 0);
    }

    #[test]
    fn lists_of_examples_and_lists_of_modifiers_stay_silent() {
        assert_eq!(
            count("引进北京大学肿瘤医院、中日友好医院等9家医疗机构。"),
            0
        );
        assert_eq!(count("建成高校、科研院所科技成果转化中心10个。"), 0);
        assert_eq!(count("新改扩建幼儿园、中小学校各20所。"), 0);
        assert_eq!(
            count("引进北京大学肿瘤医院、中日友好医院、协和医院等2家医疗机构。"),
            1
        );
    }

    #[test]
    fn agreeing_lists_and_counts_without_lists_stay_silent() {
        assert_eq!(
            count("以学习事、攻坚事、成败事、期盼事、家常事、建议事“六件事”为主要内容。"),
            0
        );
        assert_eq!(count("出台全面加强村级班子建设十二条举措。"), 0);
        assert_eq!(count("采取固定日说事和双向约定说事两种方式。"), 0);
        assert_eq!(count("每年选派100余名干部、30名专家到一线。"), 0);
    }

    #[test]
    fn a_quoted_word_inside_an_item_and_clauses_after_a_colon() {
        let actions = |word: &str| {
            format!("深入实施链长制提升、数字化改造、“小升规”培育“{word}”，累计完成项目168个。")
        };
        assert_eq!(count(&actions("三大行动")), 0);
        assert_eq!(count(&actions("四大行动")), 1);
        let deeds = |word: &str| {
            format!(
                "办好“{word}”：新建幼儿园3所，改造老旧小区12个，新增养老床位300张，新建城市书房5个，改造提升农村公路60公里，新增公共停车泊位1500个。"
            )
        };
        assert_eq!(count(&deeds("六件实事")), 0);
        assert_eq!(count(&deeds("七件实事")), 1);
        // Quoted counts in a row are names, not the members of the last one.
        assert_eq!(
            count("增强“四个意识”、坚定“四个自信”、做到“两个维护”，扎实开展主题教育。"),
            0
        );
    }

    #[test]
    fn markdown_bullets_and_lettered_classes() {
        let problems = |word: &str| {
            format!(
                "# 通报\n\n当前，全区文旅发展主要存在{word}方面问题：\n\n- 过夜游客比重偏低；\n- 高等级景区数量不多；\n- 项目招引后劲不足。\n\n## 四、下半年工作打算\n"
            )
        };
        assert_eq!(count(&problems("三")), 0);
        assert_eq!(count(&problems("四")), 1);
        let classes = |word: &str| format!("将高层次人才分为A、B、C、D、E{word}类，分类给予支持。");
        assert_eq!(count(&classes("五")), 0);
        assert_eq!(count(&classes("六")), 1);
    }

    #[test]
    fn items_sharing_the_head_and_quoted_names_before_a_bare_count() {
        let standard = |count: &str| {
            format!(
                "标题\n\n镇海按照有场所、有队伍、有活动、有项目、有机制的“{count}有”标准建设阵地。\n"
            )
        };
        assert_eq!(count(&standard("五")), 0);
        assert_eq!(count(&standard("六")), 1);
        let scenes = |count: &str| {
            format!("标题\n\n村里打造了“渔村客厅”“渔民画廊”“海鲜集市”“渔港夜市”{count}大场景。\n")
        };
        assert_eq!(count(&scenes("四")), 0);
        assert_eq!(count(&scenes("五")), 1);
        let typhoons =
            |count: &str| format!("标题\n\n我市先后遭受“杜苏芮”“卡努”“海葵”{count}个台风影响。\n");
        assert_eq!(count(&typhoons("3")), 0);
        assert_eq!(count(&typhoons("4")), 1);
    }

    #[test]
    fn values_one_to_each_member_tie_the_list_however_far_the_count() {
        let text = |count: &str| format!("推动新城河{count}地块以8.38亿元、9.21亿元顺利拍卖。");
        assert_eq!(count(&text("两个")), 0);
        assert_eq!(count(&text("五个")), 1);
        // A list far from its count word that gives no value to each is something else.
        assert_eq!(count("建成高校、科研院所转化中心10个。"), 0);
    }

    #[test]
    fn a_quoted_count_word_right_after_its_list_counts_it() {
        let sorts = |count_word: &str| {
            format!(
                "标题\n\n全县统一推行可回收物、厨余垃圾、有害垃圾、其他垃圾“{count_word}分类”标准。\n"
            )
        };
        assert_eq!(count(&sorts("四")), 0);
        assert_eq!(count(&sorts("五")), 1);
        let diseases = |count_word: &str| {
            format!("标题\n\n其中高血压、糖尿病“{count_word}病”患者1.21万人。\n")
        };
        assert_eq!(count(&diseases("两")), 0);
        assert_eq!(count(&diseases("三")), 1);
        // A bracketed note inside an item does not end the list.
        let works = |count_word: &str| {
            format!(
                "标题\n\n改造内容围绕改管网（雨污分流）、改道路、改屋面、改外立面、改绿化、改停车、改安防“{count_word}改”展开。\n"
            )
        };
        assert_eq!(count(&works("七")), 0);
        assert_eq!(count(&works("八")), 1);
    }

    #[test]
    fn one_thing_said_of_a_pair_is_no_count() {
        let text = "标题\n\n城中村改造和保障性住房建设是一项长期任务，我们将稳步推进。\n";
        assert_eq!(count(text), 0);
    }
}
