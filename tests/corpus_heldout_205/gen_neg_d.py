"""Hard negatives - part D: threads, forwards, attached messages, archives, budget."""
import datetime

import gen_common as C
import gen_docs as D
from gen_mime import Att, Mail, assemble
from gen_neg_a import DOCX, XLSX, TD, neg, sp


# ---------------------------------------------------------------- reply thread about kits / staffing
def n_reply_thread(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    a, b = ctx.two_staff(lang)
    while "Télévigie" in a["role"] or "Brightcuff" in a["role"] or "Télévigie" in b["role"] or "Brightcuff" in b["role"]:
        a, b = ctx.two_staff(lang)
    prev = when - TD(hours=rng.randint(1, 20))
    if lang == "fr":
        orig = rng.choice([
            "Salut,\n\nIl nous reste seulement %d trousses IC propres et %d en désinfection. Avec les 4 congés prévus jeudi, on risque de manquer de balances. Peux-tu vérifier si le GBM peut accélérer le nettoyage?\n\n%s" % (rng.randint(2, 6), rng.randint(3, 9), b["given"]),
            "Bonjour,\n\nEst-ce que quelqu'un peut couvrir la coordination mardi après-midi? J'ai une formation PDSB de 13 h à 16 h.\n\n%s" % b["given"],
            "Allo,\n\nLa passerelle de test au local B-3-114 ne se connecte plus au réseau cellulaire. On l'envoie en réparation ou on attend le technicien de Télévigie?\n\n%s" % b["given"]])
        rep = rng.choice(["Oui, c'est fait. Je te confirme d'ici midi.", "Je m'en occupe. Merci de l'avoir signalé.", "Parfait pour moi, on en reparle au caucus de 8 h 15."])
    else:
        orig = rng.choice([
            "Hi,\n\nWe only have %d clean HF kits and %d in cleaning. With 4 discharges planned Thursday we may run out of scales. Can you check whether biomed can speed up cleaning?\n\n%s" % (rng.randint(2, 6), rng.randint(3, 9), b["given"]),
            "Hello,\n\nCan anyone cover coordination Tuesday afternoon? I have PDSB training from 1 to 4.\n\n%s" % b["given"],
            "Hi,\n\nThe test gateway in B-3-114 won't connect to the cellular network anymore. Send it for repair or wait for the Televigie tech?\n\n%s" % b["given"]])
        rep = rng.choice(["Done - I'll confirm by noon.", "On it, thanks for flagging.", "Works for me, let's discuss at the 8:15 huddle."])
    text = "%s\n\n%s\n\n%s\n%s\n" % (rep, a["given"], ctx.reply_header(lang, b, prev), ctx.quote(orig))
    subj = "RE: " + (rng.choice(["trousses IC", "couverture mardi", "passerelle de test"]) if lang == "fr" else rng.choice(["HF kits", "Tuesday coverage", "test gateway"]))
    return neg(lang, "reply", "réponse dans un fil de discussion interne (logistique)" if lang == "fr" else "reply in an internal logistics thread",
               subj, sp(a), [sp(b)], text=text, date=when, headers=["In-Reply-To: <%x@%s>" % (rng.getrandbits(40), C.DOM)])


# ---------------------------------------------------------------- inline forward of a vendor / event message
def n_forward_inline(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    fw = when - TD(days=rng.randint(1, 4))
    mgr = ctx.staff(lang, 8 if lang == "fr" else 7)
    rep = ctx.staff("en", 13)
    if lang == "fr":
        inner = "Bonjour,\n\nNous lançons un projet pilote de brassards à mesure automatique nocturne (MAPA) compatible avec la plateforme. Les établissements intéressés peuvent obtenir 10 appareils en prêt pendant 3 mois, sans frais. Réponse souhaitée avant la fin du mois.\n\nDerek Huang\nDirecteur de comptes, Brightcuff Medical"
        text = "Pour discussion au prochain comité. Ça pourrait aider pour les patients en HTA résistante, mais il faudrait l'avis de la Dre Vachon.\n\n%s\n%s\n" % (
            ctx.fwd_block("fr", (rep["name"], rep["addr"]), mgr["addr"], fw, "Projet pilote MAPA"), inner)
        subj, note = "TR: Projet pilote MAPA", "offre d'un fournisseur transférée pour discussion"
    else:
        inner = "Hello,\n\nWe are launching a pilot of overnight ambulatory BP cuffs integrated with the platform. Interested sites can borrow 10 units for 3 months at no charge. Please reply by month end.\n\nDerek Huang\nAccount Manager, Brightcuff Medical"
        text = "For discussion at the next committee. Could help with resistant hypertension, but I'd want Dr. Okafor's view first.\n\n%s\n%s\n" % (
            ctx.fwd_block("en", (rep["name"], rep["addr"]), mgr["addr"], fw, "ABPM pilot"), inner)
        subj, note = "FW: ABPM pilot", "vendor offer forwarded for discussion"
    to = [sp(ctx.staff(lang, 1)), sp(ctx.staff(lang, 2))]
    return neg(lang, "forward", note, subj, sp(mgr), to, text=text + ctx.sig(mgr, lang), date=when)


# ---------------------------------------------------------------- attached .eml (vendor status notice)
def n_fwd_eml(ctx, lang, idx):
    rng = ctx.rng
    when = ctx.date()
    at = when - TD(hours=rng.randint(2, 30))
    it = ctx.staff(lang, 13 if lang == "fr" else 3)
    inc = "INC-%06d" % rng.randint(100000, 999999)
    if lang == "fr":
        inner_text = "Incident %s - résolu\n\nEntre %s et %s, la réception des mesures des passerelles cellulaires a été retardée pour environ 12 %% des clients canadiens. Toutes les mesures en file d'attente ont été livrées. Aucune perte de données.\n\nCause : certificat expiré chez un fournisseur réseau.\n\nStatut Télévigie" % (
            inc, at.strftime("%H:%M"), (at + TD(minutes=rng.randint(30, 140))).strftime("%H:%M"))
        text = "Bonjour,\n\nPour votre information, l'avis d'incident du fournisseur est joint. Les alertes de ce matin ont donc pu arriver en retard; aucune action requise de votre part.\n"
        subj, note = "TR: Incident %s résolu" % inc, "avis d'incident du fournisseur joint en .eml"
    else:
        inner_text = "Incident %s - resolved\n\nBetween %s and %s, uploads from cellular gateways were delayed for about 12%% of Canadian customers. All queued readings were delivered. No data loss.\n\nRoot cause: expired certificate at a network carrier.\n\nTelevigie Status" % (
            inc, at.strftime("%H:%M"), (at + TD(minutes=rng.randint(30, 140))).strftime("%H:%M"))
        text = "Hi,\n\nFYI, the vendor's incident notice is attached. This morning's alerts may have arrived late; no action needed on your side.\n"
        subj, note = "FW: Incident %s resolved" % inc, "vendor incident notice attached as .eml"
    inner = Mail(lang, "status", "", "[Resolved] %s" % inc, ("Televigie Status", "status@" + C.VENDOR_DOM), [("Clients", "clients@" + C.VENDOR_DOM)],
                 text=inner_text, date=at, form=rng.choice(["plain", "alt"]))
    blob = assemble(inner, idx + 5000, rng, C.VENDOR_DOM, inner=True)
    return neg(lang, "it", note, subj, sp(it), [("UV - tous", "uv-tous@" + C.DOM)], text=text + ctx.sig(it, lang), date=when,
               atts=[Att("%s.eml" % inc, "message/rfc822", blob)])


# ---------------------------------------------------------------- ZIP of policy documents
def n_zip_docs(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    coord = ctx.staff(lang, 0)
    if lang == "fr":
        members = [("Guide_patient_tensiometre.pdf", D.build_pdf("Guide du patient - tensiomètre BC-400", [
                        "1. Asseyez-vous 5 minutes, dos appuyé, pieds au sol.", "2. Placez le brassard sur le bras gauche, 2 cm au-dessus du coude.",
                        "3. Appuyez sur START. Ne parlez pas pendant la mesure.", "4. La mesure est transmise automatiquement.",
                        "Problème? Centre de coordination : 450-555-0147, 7 jours sur 7, 8 h à 20 h."])),
                   ("Guide_patient_balance.pdf", D.build_pdf("Guide du patient - balance SC-7", [
                        "Pesez-vous chaque matin, après avoir uriné, avant le déjeuner, avec les mêmes vêtements.",
                        "La balance s'allume quand vous montez dessus. Attendez le bip."])),
                   ("LISEZMOI.txt", "Trousse d'accueil v3 - à imprimer en couleur recto verso.\n")]
        text = "Bonjour,\n\nVoici la trousse d'accueil patient révisée (3 documents). À imprimer pour les nouvelles trousses.\n"
        subj, fn, note = "Trousse d'accueil patient v3", "trousse_accueil_v3.zip", "archive de guides patients génériques"
    else:
        members = [("Patient_guide_BP_cuff.pdf", D.build_pdf("Patient guide - BC-400 BP cuff", [
                        "1. Sit for 5 minutes, back supported, feet flat.", "2. Put the cuff on the left arm, 2 cm above the elbow.",
                        "3. Press START. Do not talk during the reading.", "4. The reading uploads automatically.",
                        "Problems? Coordination centre: 450-555-0147, 7 days a week, 8 a.m.-8 p.m."])),
                   ("Patient_guide_scale.pdf", D.build_pdf("Patient guide - SC-7 scale", [
                        "Weigh yourself every morning, after voiding, before breakfast, in the same clothes.",
                        "The scale turns on when you step on it. Wait for the beep."])),
                   ("README.txt", "Welcome kit v3 - print in colour, double-sided.\n")]
        text = "Hi,\n\nHere is the revised patient welcome kit (3 documents). Please print for new kits.\n"
        subj, fn, note = "Patient welcome kit v3", "welcome_kit_v3.zip", "archive of generic patient guides"
    return neg(lang, "documents", note, subj, sp(coord), [("GBM", "biomed@" + C.DOM)], text=text + ctx.sig(coord, lang), date=when,
               atts=[Att(fn, "application/zip", D.build_zip(members))])


# ---------------------------------------------------------------- budget spreadsheet
def n_budget(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    mgr = ctx.staff(lang, 8 if lang == "fr" else 7)
    if lang == "fr":
        rows = [["Poste", "Budget 2024-25", "Réel P1-P8", "Projection"]]
        items = ["Salaires infirmières", "Licences plateforme", "Location trousses", "Messagerie", "Fournitures", "Formation"]
    else:
        rows = [["Line", "Budget 2024-25", "Actual P1-P8", "Projection"]]
        items = ["Nursing salaries", "Platform licences", "Kit rental", "Courier", "Supplies", "Training"]
    for it in items:
        b = rng.randint(20, 900) * 1000
        a = int(b * rng.uniform(0.5, 0.75))
        rows.append([it, b, a, int(a * 13 / 8)])
    x = D.build_xlsx([("Budget", rows)])
    cost = rng.uniform(48, 95)
    if lang == "fr":
        text = "Bonjour,\n\nSuivi budgétaire de l'unité virtuelle à la période 8. Coût moyen par jour-patient : %s $ (vs 1 180 $ pour un jour-lit en médecine). Écart principal : messagerie (+18 %%).\n" % ("%.2f" % cost).replace(".", ",")
        subj, note = "Suivi budgétaire UV - P8", "suivi budgétaire du programme"
    else:
        text = "Hi,\n\nVirtual ward budget follow-up at period 8. Average cost per patient-day: $%.2f (vs $1,180 for a medicine bed-day). Main variance: courier (+18%%).\n" % cost
        subj, note = "VW budget follow-up - P8", "programme budget follow-up"
    return neg(lang, "budget", note, subj, sp(mgr), [("Direction SAD", "direction.sad@" + C.DOM)], text=text + ctx.sig(mgr, lang), date=when,
               atts=[Att("budget_UV_P8.xlsx" if lang == "fr" else "VW_budget_P8.xlsx", XLSX, x)])


TEMPLATES_D = ["n_reply_thread", "n_forward_inline", "n_fwd_eml", "n_zip_docs", "n_budget"]
