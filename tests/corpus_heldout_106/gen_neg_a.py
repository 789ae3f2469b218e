"""Negative (not confidential) messages, part A: IT and platform mail for the virtual clinics.
No patient is identifiable anywhere; staff names, numbers and clinical words are deliberate."""
import datetime

from gen_attach import make_docx, make_pdf, make_png, make_xlsx
from gen_clin import CONDITIONS, cond
from gen_common import luhn_serial, fmt_sin
from gen_pos_a import appt_text, org, short_date, staff
from gen_text import ORGS_EN, ORGS_FR, close, display, email_of, fwd_header, greet, signature


def neg(cat, lang, note, **spec):
    spec.setdefault("lang", lang)
    return {"cat": cat, "lang": lang, "types": [], "note": note, "spec": spec}


def alllist(o, lang):
    return [("Personnel – soins virtuels" if lang == "fr" else "Virtual care staff", "soinsvirtuels-tous@%s" % o[1])]


PLATFORMS = ["VisioSanté", "MedLink Connect", "PortailPatient+", "ConsultExpress", "VitaSense Hub"]


# --------------------------------------------------------------------------- 1 platform maintenance
def it_maintenance(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr", "en", "fr", "fr"][i % 7]
    o = org(ctx, lang)
    it, it_a = staff(ctx, "it", o, lang)
    when = ctx.when()
    m = datetime.datetime.combine(ctx.future_date(when, (2, 10)), datetime.time(rng.choice([21, 22, 23]), 0))
    plat = rng.choice(PLATFORMS)
    dur = rng.choice([2, 3, 4])
    if lang == "fr":
        body = ("%s\n\nUne maintenance de la plateforme %s aura lieu le %s, pour une durée d'environ %d heures.\n\n"
                "Impacts :\n- les téléconsultations en cours seront interrompues;\n- les alertes de télésurveillance "
                "seront mises en file d'attente et livrées à la reprise;\n- le portail patient affichera une page d'entretien.\n\n"
                "Les cliniques virtuelles de soir (santé mentale, IC, MPOC) sont priées de ne pas planifier de visites vidéo "
                "après %d h. Les patients à risque doivent être contactés par téléphone selon la procédure habituelle.\n\n"
                "Version déployée : %d.%d.%d (correctifs audio Bluetooth, file d'attente virtuelle).\n\n%s") % (
            greet(ctx, lang), plat, appt_text(m, lang), dur, m.hour - 1, rng.randrange(3, 9), rng.randrange(0, 20),
            rng.randrange(0, 9), signature(ctx, it, "it", o, lang))
        subj = rng.choice(["[Avis TI] Maintenance %s – %s" % (plat, m.strftime("%d/%m")), "Interruption planifiée – %s" % plat,
                           "AVIS : maintenance de la plateforme de téléconsultation"])
    else:
        body = ("%s\n\nPlanned maintenance on %s is scheduled for %s (about %d hours).\n\n"
                "- Video visits in progress will drop.\n- RPM alerts will queue and be delivered after the window.\n"
                "- The patient portal will show a maintenance page.\n\nEvening virtual clinics should not book video visits "
                "after %d p.m. High-risk remote-monitoring patients must be called by phone per the downtime procedure.\n\n%s") % (
            greet(ctx, lang), plat, appt_text(m, lang), dur, m.hour - 13, signature(ctx, it, "it", o, lang))
        subj = rng.choice(["[IT Notice] %s maintenance" % plat, "Planned downtime - virtual care platform"])
    return neg("it_maintenance", lang, "platform maintenance notice to virtual-clinic staff",
               subject=subj, date=when, text=body, **{"from": it_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 2 password / MFA
def it_mfa(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en"][i % 5]
    o = org(ctx, lang)
    it, it_a = staff(ctx, "it", o, lang)
    u = ctx.staff()
    u_a = (display(u), email_of(u, o[1]))
    when = ctx.when()
    tick = "RITM%07d" % rng.randrange(10**6, 10**7)
    if lang == "fr":
        body = ("Bonjour %s,\n\nVotre demande %s est complétée : l'authentification multifacteur de votre compte %s a été "
                "réinitialisée. À votre prochaine connexion au poste de la clinique virtuelle, vous devrez enregistrer "
                "votre cellulaire de nouveau.\n\nRappel : ne partagez jamais votre code à usage unique, même avec le "
                "centre de services.\n\n%s") % (u["given"], tick, rng.choice(PLATFORMS), signature(ctx, it, "it", o, lang))
        subj = "%s – Réinitialisation MFA complétée" % tick
    else:
        body = ("Hi %s,\n\nYour request %s is complete: MFA on your %s account was reset. Next time you sign in from the "
                "virtual clinic workstation you will need to re-register your phone.\n\nNever share your one-time code.\n\n%s") % (
            u["given"], tick, rng.choice(PLATFORMS), signature(ctx, it, "it", o, lang))
        subj = "%s - MFA reset completed" % tick
    return neg("it_mfa", lang, "staff account MFA reset", subject=subj, date=when, text=body, **{"from": it_a, "to": [u_a]})


# --------------------------------------------------------------------------- 3 asset inventory (checksum-valid serials)
def it_assets(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr", "en"][i % 5]
    o = org(ctx, lang)
    it, it_a = staff(ctx, "it", o, lang)
    mg, mg_a = staff(ctx, "mgr", o, lang)
    when = ctx.when()
    hdr = (["Étiquette", "Type", "Modèle", "N° de série", "IMEI", "Site", "Assigné à"] if lang == "fr"
           else ["Asset tag", "Type", "Model", "Serial", "IMEI", "Site", "Assigned to"])
    rows = [hdr]
    for k in range(rng.randrange(6, 12)):
        t = rng.choice([("Tablette", "Tablet", "Galaxy Tab A9"), ("Tensiomètre", "BP cuff", "BT-220"),
                        ("Balance", "Scale", "WS-4"), ("Saturomètre", "Oximeter", "OX-9"), ("Caméra", "Webcam", "C930e")])
        who = ctx.staff()
        rows.append(["CVB-%05d" % rng.randrange(10000), t[0] if lang == "fr" else t[1], t[2], luhn_serial(rng, 9),
                     luhn_serial(rng, 15) if t[1] == "Tablet" else "", rng.choice(["Val-Fleuri", "Lac-Brumeux", "Sainte-Ovide"]),
                     rng.choice(["Stock", "%s %s" % (who["given"], who["surname"]), "Prêt – trousse télésurveillance"])])
    x = make_xlsx([("Inventaire" if lang == "fr" else "Inventory", rows)], author=it["given"])
    body = ("%s\n\nCi-joint l'inventaire à jour des appareils de télésurveillance et tablettes. %d trousses sont en prêt. "
            "Merci de signaler tout appareil perdu.\n\n%s") % (greet(ctx, lang, mg["given"]), rng.randrange(20, 90),
                                                                signature(ctx, it, "it", o, lang)) if lang == "fr" else \
        ("%s\n\nUpdated inventory of RPM devices and tablets attached. %d kits currently on loan.\n\n%s") % (
            greet(ctx, lang, mg["given"]), rng.randrange(20, 90), signature(ctx, it, "it", o, lang))
    return neg("it_assets", lang, "device inventory with checksum-valid serial numbers and IMEIs",
               subject="Inventaire appareils – %s" % when.strftime("%Y-%m") if lang == "fr" else "Device inventory %s" % when.strftime("%b %Y"),
               date=when, text=body,
               attachments=[{"filename": "inventaire_appareils.xlsx" if lang == "fr" else "device_inventory.xlsx",
                             "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "data": x}],
               **{"from": it_a, "to": [mg_a]})


# --------------------------------------------------------------------------- 4 how-to guide with blank placeholders
def it_guide(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en"][i % 5]
    o = org(ctx, lang)
    it, it_a = staff(ctx, rng.choice(["it", "coord"]), o, lang)
    when = ctx.when()
    if lang == "fr":
        paras = [("h", "Démarrer une téléconsultation – aide-mémoire"),
                 "1. Ouvrir la liste des rendez-vous du jour dans %s." % rng.choice(PLATFORMS),
                 "2. Vérifier l'identité du patient avec deux identifiants (nom complet et date de naissance) avant de commencer.",
                 "3. Cliquer sur « Admettre » lorsque le patient est dans la salle d'attente virtuelle.",
                 "4. En cas d'échec vidéo, basculer en audio et documenter « visite téléphonique ».",
                 "Champ de note : Nom : ______________  NAM : ____ ____ ____  Motif : ______________",
                 "Ne jamais envoyer le lien de la rencontre à une adresse non vérifiée."]
        body = "%s\n\nVoici l'aide-mémoire mis à jour pour les nouveaux membres de l'équipe.\n\n%s" % (greet(ctx, lang), signature(ctx, it, "coord", o, lang))
        subj = "Aide-mémoire téléconsultation (v%d)" % rng.randrange(2, 6)
        fn = rng.choice(["aide-mémoire_téléconsultation.%s", "aide-memoire_teleconsultation.%s"])
    else:
        paras = [("h", "Starting a video visit - quick reference"),
                 "1. Open today's appointments in %s." % rng.choice(PLATFORMS),
                 "2. Confirm patient identity with two identifiers (full name and date of birth).",
                 "3. Click 'Admit' when the patient appears in the virtual waiting room.",
                 "4. If video fails, switch to audio and document 'telephone visit'.",
                 "Note field: Name: ____________  Health card: ____________  Reason: ____________"]
        body = "%s\n\nUpdated quick reference for new team members.\n\n%s" % (greet(ctx, lang), signature(ctx, it, "coord", o, lang))
        subj = "Video visit quick reference (v%d)" % rng.randrange(2, 6)
        fn = "video_visit_quick_reference.%s"
    if rng.random() < 0.5:
        att = {"filename": fn % "pdf", "ctype": "application/pdf", "data": make_pdf(paras, compress=rng.random() < 0.5)}
    else:
        att = {"filename": fn % "docx", "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "data": make_docx(paras, author=it["given"])}
    return neg("it_guide", lang, "how-to guide with blank identity placeholders",
               subject=subj, date=when, text=body, attachments=[att], **{"from": it_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 5 IT notice forwarded as .eml
def it_eml_fwd(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr"][i % 3]
    o = org(ctx, lang)
    mg, mg_a = staff(ctx, "mgr", o, lang)
    it, it_a = staff(ctx, "it", o, lang)
    when = ctx.when()
    inner_txt = ("À compter du %s, les postes de la clinique virtuelle utiliseront le nouveau casque USB (modèle HS-300). "
                 "Les anciens casques doivent être retournés au magasin, local B-214. Lot de remplacement : %s.\n\n%s") % (
        appt_text(datetime.datetime.combine(ctx.future_date(when), datetime.time(8, 0)), "fr"), "L%d-%04d" % (when.year, rng.randrange(10000)),
        signature(ctx, it, "it", o, "fr")) if lang == "fr" else \
        ("Starting %s, virtual clinic workstations will use the new USB headset (HS-300). Return old headsets to stores, room B-214.\n\n%s") % (
            appt_text(datetime.datetime.combine(ctx.future_date(when), datetime.time(8, 0)), "en"), signature(ctx, it, "it", o, "en"))
    inner = {"subject": "Changement de casques – clinique virtuelle" if lang == "fr" else "Headset change - virtual clinic",
             "date": when - datetime.timedelta(days=1), "text": inner_txt, "from": it_a, "to": alllist(o, lang)}
    body = ("%s\n\nJe vous transfère l'avis des TI. Merci de vérifier vos postes avant vendredi.\n\n%s" if lang == "fr"
            else "%s\n\nForwarding the IT notice below. Please check your stations before Friday.\n\n%s") % (
        greet(ctx, lang), signature(ctx, mg, "mgr", o, lang))
    return neg("it_eml_fwd", lang, "IT notice attached as message/rfc822",
               subject=("TR: " if lang == "fr" else "Fwd: ") + inner["subject"], date=when, text=body,
               attachments=[{"eml": inner, "filename": rng.choice(["avis_TI.eml", None])}], **{"from": mg_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 6 outage post-mortem with aggregates
def it_postmortem(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    it, it_a = staff(ctx, "it", o, lang)
    mg, mg_a = staff(ctx, "mgr", o, lang)
    when = ctx.when()
    n = rng.randrange(40, 400)
    a = rng.randrange(10, 120)
    if lang == "fr":
        body = ("%s\n\nRésumé de l'incident du %s (panne du serveur de visioconférence, %d min) :\n"
                "- %d téléconsultations interrompues, dont %d reprises par téléphone;\n"
                "- %d alertes de télésurveillance retardées (délai médian 38 min), aucune perdue;\n"
                "- cause : certificat expiré sur le répartiteur de charge;\n- action : surveillance automatique des certificats.\n\n"
                "Aucun renseignement de patient n'a été exposé.\n\n%s") % (
            greet(ctx, lang, mg["given"]), short_date(when - datetime.timedelta(days=2), lang), rng.randrange(20, 140), n,
            n // 2, a, signature(ctx, it, "it", o, lang))
        subj = "Rapport d'incident – panne visioconférence"
    else:
        body = ("%s\n\nIncident summary (video bridge outage, %d min):\n- %d video visits dropped, %d completed by phone\n"
                "- %d RPM alerts delayed (median 38 min), none lost\n- root cause: expired certificate on the load balancer\n\n"
                "No patient information was exposed.\n\n%s") % (
            greet(ctx, lang, mg["given"]), rng.randrange(20, 140), n, n // 2, a, signature(ctx, it, "it", o, lang))
        subj = "Post-incident report - video outage"
    return neg("it_postmortem", lang, "outage report with aggregate counts only",
               subject=subj, date=when, text=body, **{"from": it_a, "to": [mg_a]})


# --------------------------------------------------------------------------- 7 RMA with SIN-shaped serial numbers
def rma_serials(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "en"][i % 4]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "coord", o, lang)
    v_a = ("VitaSense RMA", "rma@vitasense.example")
    when = ctx.when()
    serials = [fmt_sin(luhn_serial(rng, 9), rng.randrange(3)) for _ in range(rng.randrange(3, 7))]
    if lang == "fr":
        body = ("%s\n\nNous retournons les tensiomètres défectueux suivants (brassard qui ne se dégonfle pas) :\n%s\n\n"
                "Lot : %s – Bon de commande PO-%d. Merci de nous envoyer les étiquettes de retour.\n\n%s") % (
            greet(ctx, lang), "\n".join("- N° série %s" % x for x in serials), "BT220-%d%02d" % (when.year, rng.randrange(1, 13)),
            rng.randrange(100000, 999999), signature(ctx, s, "coord", o, lang))
        subj = "Demande RMA – tensiomètres BT-220"
    else:
        body = ("%s\n\nReturning the following defective BP cuffs (cuff will not deflate):\n%s\n\nLot %s, PO-%d.\n\n%s") % (
            greet(ctx, lang), "\n".join("- S/N %s" % x for x in serials), "BT220-%d%02d" % (when.year, rng.randrange(1, 13)),
            rng.randrange(100000, 999999), signature(ctx, s, "coord", o, lang))
        subj = "RMA request - BT-220 cuffs"
    return neg("rma_serials", lang, "device return with SIN-shaped, Luhn-valid serial numbers",
               subject=subj, date=when, text=body, **{"from": s_a, "to": [v_a]})


# --------------------------------------------------------------------------- 8 vendor demo with fake dashboard
def vendor_demo(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "en"][i % 4]
    o = org(ctx, lang)
    v = ctx.staff()
    v_a = ("%s %s (VitaSense)" % (v["given"], v["surname"]), email_of(v, "vitasense.example", 1))
    mg, mg_a = staff(ctx, "mgr", o, lang)
    when = ctx.when()
    rows = [["Patient", "Programme", "Poids", "TA", "SpO2", "Alerte"]]
    for k in range(5):
        c = cond(rng, ["ic", "mpoc", "hta"])
        rows.append(["Patient démo %02d" % (k + 1), c["short_fr"], "%.1f" % rng.uniform(60, 100),
                     "%d/%d" % (rng.randrange(110, 180), rng.randrange(60, 100)), rng.randrange(85, 99), rng.choice(["", "rouge", "orange"])])
    x = make_xlsx([("Démo", rows)])
    if lang == "fr":
        body = ("%s\n\nMerci pour la rencontre. Comme promis, voici l'exemple de tableau de bord avec des données fictives "
                "(patients démo). Le module MPOC permet des seuils personnalisés par patient.\n\n%s %s\nDirecteur des ventes, VitaSense") % (
            greet(ctx, lang, mg["given"]), v["given"], v["surname"])
        subj = "Suivi démo VitaSense – tableau de bord"
    else:
        body = ("%s\n\nThanks for your time. Attached is the sample dashboard with synthetic demo patients. "
                "Pricing for 200 kits to follow.\n\n%s %s\nAccount Executive, VitaSense") % (greet(ctx, lang, mg["given"]), v["given"], v["surname"])
        subj = "VitaSense demo follow-up"
    return neg("vendor_demo", lang, "vendor demo dashboard with synthetic demo patients",
               subject=subj, date=when, text=body,
               attachments=[{"filename": "demo_dashboard.xlsx", "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             "data": x}], **{"from": v_a, "to": [mg_a]})


# --------------------------------------------------------------------------- 9 SMS gateway aggregate stats
def sms_stats(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr"][i % 3]
    o = org(ctx, lang)
    it, it_a = staff(ctx, "it", o, lang)
    mg, mg_a = staff(ctx, "coord", o, lang)
    when = ctx.when()
    sent = rng.randrange(2000, 9000)
    fail = rng.randrange(20, 200)
    if lang == "fr":
        body = ("%s\n\nStatistiques de la passerelle SMS (rappels de téléconsultation) pour %s :\n- envoyés : %d\n- échecs : %d (%s %%)\n"
                "- réponses « ANNULER » : %d\nLes échecs concernent surtout des numéros de lignes fixes. Aucune donnée nominative dans ce rapport.\n\n%s") % (
            greet(ctx, lang, mg["given"]), when.strftime("%m/%Y"), sent, fail, ("%.1f" % (100.0 * fail / sent)).replace(".", ","), rng.randrange(50, 300),
            signature(ctx, it, "it", o, lang))
        subj = "Stats SMS – rappels"
    else:
        body = ("%s\n\nSMS gateway stats for %s:\n- sent: %d\n- failed: %d (%.1f%%)\n- CANCEL replies: %d\n\n%s") % (
            greet(ctx, lang, mg["given"]), when.strftime("%B %Y"), sent, fail, 100.0 * fail / sent, rng.randrange(50, 300),
            signature(ctx, it, "it", o, lang))
        subj = "SMS reminder stats"
    return neg("sms_stats", lang, "aggregate SMS reminder statistics", subject=subj, date=when, text=body,
               **{"from": it_a, "to": [mg_a]})
