/// One viewer per changed PNG in the HTML report, with four ways to look: 2-up (side by side), swipe (a slider
/// uncovers the after image over the before one), onion skin (a slider blends them) and the difference (the
/// before | after | difference strip and the colour-mapped map). Radio buttons switch the mode through the
/// viewer's `data-mode` attribute; CSS shows the matching pane. Well-formed XML, like the rest of the page.
enum ReviewViewer {
    static let modes = [("two-up", "2-up"), ("swipe", "swipe"), ("onion", "onion skin"), ("difference", "difference")]

    static func html(_ images: ReviewImages, name: String) -> [String] {
        let e = ReviewHTML.escape
        guard let before = images.before, let after = images.after else {
            guard let only = images.after ?? images.before else { return [] }
            return [ReviewHTML.figureElement(only, caption: images.after != nil ? "added" : "removed", cssClass: "side")]
        }
        let group = "mode-" + ReviewHTML.anchor(name)
        var html = ["<div class=\"viewer\" data-mode=\"two-up\">", "<div class=\"modes\">"]
        for (i, (value, label)) in modes.enumerated() where value != "difference" || images.sideBySide != nil || images.difference != nil {
            html.append("<label><input type=\"radio\" name=\"\(e(group))\" value=\"\(value)\"\(i == 0 ? " checked=\"checked\"" : "") "
                        + "onchange=\"this.closest('.viewer').dataset.mode = this.value\" /> \(label)</label>")
        }
        html.append("</div>")
        html.append("<div class=\"pane two-up\">" + ReviewHTML.figureElement(before, caption: "before", cssClass: "side")
                    + ReviewHTML.figureElement(after, caption: "after", cssClass: "side") + "</div>")
        html.append("<div class=\"pane swipe\"><div class=\"stack\"><img class=\"base\" src=\"\(e(after))\" alt=\"after\" />"
                    + "<img class=\"top\" src=\"\(e(before))\" alt=\"before\" style=\"clip-path: inset(0 50% 0 0)\" /></div>"
                    + "<label>before <input type=\"range\" min=\"0\" max=\"100\" value=\"50\" "
                    + "oninput=\"this.closest('.swipe').querySelector('.top').style.clipPath = 'inset(0 ' + (100 - this.value) + '% 0 0)'\" /> after</label></div>")
        html.append("<div class=\"pane onion\"><div class=\"stack\"><img class=\"base\" src=\"\(e(before))\" alt=\"before\" />"
                    + "<img class=\"top\" src=\"\(e(after))\" alt=\"after\" /></div>"
                    + "<label>before <input type=\"range\" min=\"0\" max=\"100\" value=\"50\" "
                    + "oninput=\"this.closest('.onion').querySelector('.top').style.opacity = this.value / 100\" /> after</label></div>")
        var difference = "<div class=\"pane difference\">"
        if let strip = images.sideBySide {
            difference += ReviewHTML.figureElement(strip, caption: "before | after | difference (amplified; dark = small, yellow = largest)", cssClass: "strip")
        }
        if let map = images.difference {
            difference += ReviewHTML.figureElement(map, caption: "difference map: changed pixels in colour (dark = small, yellow = largest), "
                                                   + "unchanged ones as a dark ghost of the figure", cssClass: "side")
        }
        html.append(difference + "</div>")
        html.append("</div>")
        return html
    }

    static let style = """
    .viewer{margin:8px 0 20px} .viewer .modes{margin:4px 0 8px;font-size:14px} .viewer .modes label{margin-right:14px}
    .viewer .pane{display:none}
    .viewer[data-mode='two-up'] .pane.two-up{display:flex;gap:12px} .pane.two-up figure{flex:1;min-width:0}
    .viewer[data-mode='swipe'] .pane.swipe, .viewer[data-mode='onion'] .pane.onion, .viewer[data-mode='difference'] .pane.difference{display:block}
    .stack{position:relative;display:inline-block;max-width:100%}
    .stack img{display:block;max-width:100%;border:1px solid #ccc}
    .stack img.top{position:absolute;left:0;top:0}
    .onion .stack img.top{opacity:0.5}
    .pane label{display:block;font-size:13px;color:#555} .pane input[type='range']{width:320px;vertical-align:middle}
    """
}
