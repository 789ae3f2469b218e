"""Hard negatives - part B: staff, HR, schedules, newsletters, events, committees."""
import datetime

import gen_common as C
import gen_docs as D
from gen_mime import Att, Mail
from gen_neg_a import DOCX, XLSX, TD, neg, sp


def roster(lang):
    return C.STAFF_FR if lang == "fr" else C.STAFF_EN


# ---------------------------------------------------------------- nurse schedule
def n_schedule(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    mon = when.date() - TD(days=when.weekday()) + TD(days=7)
    mgr = ctx.staff(lang, 8 if lang == "fr" else 7)
    nurses = [s for s in roster(lang) if any(w in s[2] for w in ("infirmi", "RN", "Nurse"))]
    days = [C.short_day(mon + TD(days=i), lang) for i in range(5)]
    shifts = ["J 7h-15h", "S 15h-23h", "N 23h-7h", "—"] if lang == "fr" else ["D 07-15", "E 15-23", "N 23-07", "off"]
    lines = [("Infirmière" if lang == "fr" else "Nurse") + " | " + " | ".join(days)]
    for g, s, _ in nurses:
        lines.append("%s %s | " % (g, s) + " | ".join(rng.choice(shifts) for _ in days))
    extra_fr = rng.choice(["%s est en formation mardi AM (Télévigie 5.0)." % nurses[0][0], "Congé férié compensé pour %s vendredi." % nurses[-1][0],
                           "%s remplace à la coordination lundi." % nurses[1][0]])
    extra_en = rng.choice(["%s is at Televigie 5.0 training Tuesday AM." % nurses[0][0], "%s has a lieu day Friday." % nurses[-1][0],
                           "%s covers coordination on Monday." % nurses[1][0]])
    if lang == "fr":
        text = "Bonjour l'équipe,\n\nHoraire de la semaine du %s :\n\n%s\n\n%s Échanges de quarts : me les soumettre avant jeudi midi.\n" % (
            C.fmt_date(mon, "fr_long"), "\n".join(lines), extra_fr)
        subj, note = "Horaire UV - semaine du %s" % mon.strftime("%d/%m"), "horaire des infirmières de télésurveillance"
    else:
        text = "Hi team,\n\nSchedule for the week of %s:\n\n%s\n\n%s Shift swaps to me by Thursday noon.\n" % (
            C.fmt_date(mon, "en_long"), "\n".join(lines), extra_en)
        subj, note = "RPM schedule - week of %s" % mon.strftime("%b %d"), "monitoring nurse schedule"
    return neg(lang, "schedule", note, subj, sp(mgr), [("Équipe UV" if lang == "fr" else "RPM team", "uv-equipe@" + C.DOM)],
               text=text + ctx.sig(mgr, lang), date=when)


# ---------------------------------------------------------------- newsletter (HTML)
def n_newsletter(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    n = rng.choice([300, 400, 500, 750, 1000])
    if lang == "fr":
        html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head><body style="font-family:Georgia,serif">
<h2 style="color:#0a5">L'Écho virtuel - bulletin de l'unité virtuelle de soins, %s %d</h2>
<h3>Cap des %d patients suivis à domicile!</h3>
<p>Depuis son lancement, l'unité virtuelle a accompagné plus de %d patients atteints d'insuffisance cardiaque, de MPOC ou de diabète. Merci à toute l'équipe!</p>
<h3>Portrait : Dre Hélène Vachon, cardiologue</h3>
<p>La Dre Vachon, qui traite l'insuffisance cardiaque depuis 15 ans, explique comment la pesée quotidienne à domicile a changé sa pratique : « On voit venir la décompensation trois ou quatre jours plus tôt. »</p>
<h3>Bienvenue</h3>
<p>Mme Geneviève Lalonde, infirmière clinicienne, et M. Patrick Ménard, technicien en génie biomédical, se joignent à l'équipe.</p>
<h3>À venir</h3>
<ul><li>Midi-conférence : « Hypoglycémies nocturnes et capteurs en continu », Dre Annie Laberge, endocrinologue - le %s, salle B-3-201</li>
<li>Collecte de sang Héma-Québec au hall principal</li></ul>
<p style="font-size:11px;color:#777">Pour vous désabonner, écrivez à communications@%s. Direction des communications, 450-555-0110.</p>
</body></html>
""" % (C.MOIS[when.month - 1], when.year, n, n, C.fmt_date(when.date() + TD(days=9), "fr_long"), C.DOM)
        subj, note = "L'Écho virtuel - %s %d" % (C.MOIS[when.month - 1], when.year), "infolettre de l'unité virtuelle"
    else:
        html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head><body style="font-family:Arial">
<h2 style="color:#036">Virtual Care Bulletin - %s %d</h2>
<h3>%d patients monitored at home</h3>
<p>The virtual ward has now supported more than %d people living with heart failure, COPD and diabetes. Thank you, team!</p>
<h3>Meet Dr. Grace Okafor, cardiologist</h3>
<p>Dr. Okafor, who treats advanced heart failure, describes how daily home weights changed her clinic: "We catch decompensation three or four days earlier."</p>
<h3>Welcome</h3>
<p>Please welcome Ms. Hannah Becker, RN, and Mr. Victor Mendes, NP, to the programme.</p>
<h3>Coming up</h3>
<ul><li>Lunch &amp; learn: "Remote oximetry after COPD exacerbation" - Dr. Nina Sorensen, respirologist, %s, room B-3-201</li>
<li>Flu clinic for staff: Tuesdays and Thursdays, 10:00-14:00, Employee Health</li></ul>
<p style="font-size:11px;color:#777">To unsubscribe, write to communications@%s. Communications, 450-555-0110.</p>
</body></html>
""" % (C.MONTHS[when.month - 1], when.year, n, n, C.fmt_date(when.date() + TD(days=9), "en_long"), C.DOM)
        subj, note = "Virtual Care Bulletin - %s %d" % (C.MONTHS[when.month - 1], when.year), "virtual care newsletter"
    return neg(lang, "newsletter", note, subj, ("Communications CHRS", "communications@" + C.DOM), [("Tout le personnel", "personnel@" + C.DOM)],
               html=html, date=when)


# ---------------------------------------------------------------- conference programme
def n_conference(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    d = when.date() + TD(days=rng.randint(20, 60))
    talks_fr = [("8 h 30", "Dr Mathieu Bergeron, interniste", "L'unité virtuelle : 18 mois de données"),
                ("9 h 15", "Dre Hélène Vachon, cardiologue", "Insuffisance cardiaque : seuils d'alerte de poids, qu'est-ce qui marche?"),
                ("10 h 30", "Dr François Cyr, pneumologue", "Oxymétrie à domicile dans la MPOC"),
                ("11 h 15", "Dre Annie Laberge, endocrinologue", "Capteurs de glucose en continu chez l'enfant diabétique"),
                ("13 h 30", "Mme Sophie Desrosiers, T.S.", "Isolement social et télésurveillance"),
                ("14 h 15", "Table ronde", "Fatigue d'alertes chez les infirmières")]
    talks_en = [("8:30", "Dr. Owen Whitaker, hospitalist", "Building a virtual ward: 18 months of data"),
                ("9:15", "Dr. Grace Okafor, cardiologist", "Heart failure weight thresholds: what works?"),
                ("10:30", "Dr. Nina Sorensen, respirologist", "Home oximetry in COPD"),
                ("11:15", "Victor Mendes, NP", "Postpartum hypertension monitoring"),
                ("13:30", "Jasmine Clarke, MSW", "Social isolation and remote monitoring"),
                ("14:15", "Panel", "Alert fatigue among RPM nurses")]
    talks = talks_fr if lang == "fr" else talks_en
    lines = ["%s | %s | %s" % t for t in talks]
    if lang == "fr":
        text = "Bonjour,\n\nVoici le programme du Colloque régional sur les soins virtuels, le %s au Centre des congrès de Rivière-aux-Saules :\n\nHeure | Conférencier | Sujet\n%s\n\nInscription gratuite pour le personnel (6 heures de formation reconnues). Date limite : %s.\n" % (
            C.fmt_date(d, "fr_long"), "\n".join(lines), C.fmt_date(d - TD(days=10), "fr_long"))
        subj, note = "Programme - Colloque régional sur les soins virtuels", "programme d'un colloque (conférenciers et sujets)"
    else:
        text = "Hello,\n\nHere is the programme for the Regional Virtual Care Symposium, %s, Rivière-aux-Saules Convention Centre:\n\nTime | Speaker | Topic\n%s\n\nFree registration for staff (6 accredited hours). Deadline: %s.\n" % (
            C.fmt_date(d, "en_long"), "\n".join(lines), C.fmt_date(d - TD(days=10), "en_long"))
        subj, note = "Programme - Regional Virtual Care Symposium", "conference programme with speakers and topics"
    atts = []
    if rng.random() < 0.5:
        atts = [Att("programme.pdf", "application/pdf", D.build_pdf(subj, [l.replace(" | ", "   ") for l in lines]))]
    return neg(lang, "conference", note, subj, ("Formation continue", "formation@" + C.DOM), [("Tout le personnel", "personnel@" + C.DOM)],
               text=text, date=when, atts=atts)


# ---------------------------------------------------------------- job posting
def n_job(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    hr = ctx.staff(lang, 14 if lang == "fr" else 11)
    num = "%d-UV-%03d" % (when.year, rng.randint(1, 400))
    if lang == "fr":
        text = """AFFICHAGE INTERNE no %s

Titre : Infirmière clinicienne / infirmier clinicien - Télésurveillance (unité virtuelle)
Statut : temps complet, jour, 5/10 (télétravail partiel possible)
Échelle salariale : 31,48 $ à 55,69 $ l'heure selon l'expérience

Exigences : baccalauréat en sciences infirmières, membre de l'OIIQ, 2 ans d'expérience en médecine ou cardiologie. Connaissance de l'insuffisance cardiaque, de la MPOC et du diabète un atout. Bilinguisme requis.

Pour postuler : envoyer CV et lettre avant le %s à recrutement@%s en indiquant le numéro d'affichage.
""" % (num, C.fmt_date(when.date() + TD(days=14), "fr_long"), C.DOM)
        subj, note = "Affichage %s - Infirmière clinicienne, télésurveillance" % num, "affichage de poste"
    else:
        text = """INTERNAL POSTING #%s

Title: Registered Nurse - Remote Patient Monitoring (Virtual Ward)
Status: full-time, days, 5/10 (partial remote work possible)
Salary: $31.48 to $55.69 per hour depending on experience

Requirements: BScN, OIIQ licence, 2 years of medicine or cardiology experience. Knowledge of heart failure, COPD and diabetes an asset. Bilingualism required.

To apply: send CV and cover letter by %s to recrutement@%s quoting the posting number.
""" % (num, C.fmt_date(when.date() + TD(days=14), "en_long"), C.DOM)
        subj, note = "Posting %s - RN Remote Patient Monitoring" % num, "job posting"
    return neg(lang, "job_posting", note, subj, sp(hr), [("Tout le personnel", "personnel@" + C.DOM)], text=text + ctx.sig(hr, lang), date=when)


# ---------------------------------------------------------------- committee notice + ICS
def n_committee(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    chair = ctx.staff(lang, 8 if lang == "fr" else 7)
    start = datetime.datetime.combine(when.date() + TD(days=rng.randint(5, 20)), datetime.time(rng.choice([8, 12, 14]), 0))
    if lang == "fr":
        agenda = ["Adoption du procès-verbal", "Indicateurs du trimestre (alertes, délais de prise en charge, réadmissions)",
                  "Révision des seuils d'alerte IC - présentation Dre Vachon", "Retour sur l'audit de tenue de dossiers",
                  "Plan de relève en cas de panne de la plateforme", "Varia"]
        summary, subj, note = "Comité qualité - soins virtuels", "Convocation - Comité qualité soins virtuels", "convocation à un comité avec ordre du jour"
        text = "Bonjour,\n\nVous êtes convoqués à la prochaine rencontre du comité qualité des soins virtuels, le %s à %s, salle B-3-201 ou Teams.\n\nOrdre du jour :\n%s\n" % (
            C.fmt_date(start.date(), "fr_long"), start.strftime("%H h %M"), "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(agenda)))
    else:
        agenda = ["Approval of minutes", "Quarterly indicators (alerts, time to acknowledge, readmissions)",
                  "HF alert threshold review - Dr. Okafor", "Charting audit results", "Platform downtime contingency plan", "Other business"]
        summary, subj, note = "Virtual Care Quality Committee", "Meeting notice - Virtual Care Quality Committee", "committee meeting notice with agenda"
        text = "Hello,\n\nThe next Virtual Care Quality Committee meeting is on %s at %s, room B-3-201 or Teams.\n\nAgenda:\n%s\n" % (
            C.fmt_date(start.date(), "en_long"), start.strftime("%H:%M"), "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(agenda)))
    members = [sp(ctx.staff(lang, k)) for k in ((1, 2, 0, 7) if lang == "fr" else (1, 2, 0, 6))]
    ics = D.build_ics("cq-%08x@%s" % (rng.getrandbits(32), C.DOM), start, start + TD(minutes=90), summary,
                      "\n".join(agenda), "B-3-201 / Teams", sp(chair), members, when.astimezone(datetime.timezone.utc))
    return neg(lang, "committee", note, subj, sp(chair), members, text=text + ctx.sig(chair, lang), date=when,
               atts=[Att("reunion.ics" if lang == "fr" else "meeting.ics", "text/calendar", ics, charset="utf-8", params=["method=REQUEST"])])


# ---------------------------------------------------------------- staff occupational health
def n_occ_health(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    g, s, role = rng.choice([x for x in roster(lang) if "Télévigie" not in x[2] and "Brightcuff" not in x[2]])
    emp = "%05d" % rng.randint(10000, 99999)
    kind = rng.choice(["tb", "rtw", "fit"])
    if lang == "fr":
        body = {"tb": "Votre test cutané à la tuberculine (TCT) lu le %s est négatif (0 mm). Aucun suivi requis." % C.fmt_date(when.date() - TD(days=1), "fr_long"),
                "rtw": "Suite à votre arrêt de travail (entorse lombaire), vous êtes apte à reprendre vos fonctions le %s, sans restriction. Retour progressif non requis." % C.fmt_date(when.date() + TD(days=3), "fr_long"),
                "fit": "Votre essai d'ajustement du masque N95 (3M 1870+, format régulier) est réussi. Prochain essai dans 2 ans."}[kind]
        text = "Bonjour %s,\n\n%s\n\nMatricule : %s\n\nSanté et sécurité au travail - Bureau de santé du personnel\nPoste 2250\n" % (g, body, emp)
        subj, note = "Bureau de santé - suivi", "suivi de santé au travail d'un employé"
    else:
        body = {"tb": "Your tuberculin skin test read on %s is negative (0 mm). No follow-up needed." % C.fmt_date(when.date() - TD(days=1), "en_long"),
                "rtw": "Following your leave (lumbar strain), you are cleared to return to full duties on %s with no restrictions." % C.fmt_date(when.date() + TD(days=3), "en_long"),
                "fit": "Your N95 fit test (3M 1870+, regular) was a pass. Next test due in 2 years."}[kind]
        text = "Hi %s,\n\n%s\n\nEmployee no.: %s\n\nOccupational Health & Safety - Employee Health Office\next. 2250\n" % (g, body, emp)
        subj, note = "Employee Health - follow-up", "employee occupational health follow-up"
    return neg(lang, "occupational_health", note, subj, ("Santé au travail", "sante.travail@" + C.DOM), [("%s %s" % (g, s), C.staff_addr(g, s))],
               text=text, date=when)


# ---------------------------------------------------------------- HR leave / payroll
def n_hr(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    hr = ctx.staff(lang, 14 if lang == "fr" else 11)
    g, s, role = rng.choice([x for x in roster(lang) if "Télévigie" not in x[2] and "Brightcuff" not in x[2] and x[1] != hr["surname"]])
    emp = "%05d" % rng.randint(10000, 99999)
    kind = rng.choice(["leave", "pay"])
    if lang == "fr":
        if kind == "leave":
            body = "Votre demande de congé sans solde du %s au %s est approuvée. Votre assurance collective est maintenue si vous remboursez la part employeur (formulaire joint sur l'intranet)." % (
                C.fmt_date(when.date() + TD(days=30), "fr_long"), C.fmt_date(when.date() + TD(days=44), "fr_long"))
        else:
            body = "Une erreur de prime de soir (4,80 $/h) a été corrigée pour la période de paie 19. Le rétroactif de %s apparaîtra sur le dépôt du %s." % (
                "%d,%02d $" % (rng.randint(40, 300), rng.randint(0, 99)), C.fmt_date(when.date() + TD(days=9), "fr_long"))
        text = "Bonjour %s,\n\n%s\n\nMatricule : %s\n" % (g, body, emp)
        subj, note = ("Demande de congé approuvée" if kind == "leave" else "Correction de paie - période 19"), "courriel RH à un employé"
    else:
        if kind == "leave":
            body = "Your unpaid leave from %s to %s is approved. Group insurance continues if you reimburse the employer share (form on the intranet)." % (
                C.fmt_date(when.date() + TD(days=30), "en_long"), C.fmt_date(when.date() + TD(days=44), "en_long"))
        else:
            body = "An evening premium error ($4.80/h) has been corrected for pay period 19. The retro amount of $%d.%02d will appear on the %s deposit." % (
                rng.randint(40, 300), rng.randint(0, 99), C.fmt_date(when.date() + TD(days=9), "en_long"))
        text = "Hi %s,\n\n%s\n\nEmployee no.: %s\n" % (g, body, emp)
        subj, note = ("Leave request approved" if kind == "leave" else "Pay correction - period 19"), "HR message to an employee"
    return neg(lang, "hr", note, subj, sp(hr), [("%s %s" % (g, s), C.staff_addr(g, s))], text=text + ctx.sig(hr, lang), date=when)


# ---------------------------------------------------------------- baby announcement / birthdays
def n_social_staff(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    kind = rng.choice(["baby", "birthdays", "retirement"])
    sender = ctx.staff(lang, 4 if lang == "fr" else 4)
    st = [x for x in roster(lang) if "Télévigie" not in x[2] and "Brightcuff" not in x[2]]
    if kind == "baby":
        g, s, _ = rng.choice(st)
        bd = when.date() - TD(days=rng.randint(1, 5))
        baby = rng.choice(["Théo", "Rosalie", "Noah", "Élodie", "Arthur", "Maëlle"])
        if lang == "fr":
            text = "Bonjour tout le monde,\n\nBelle nouvelle : %s a accueilli le petit %s, né le %s à 3 h 12, 3,4 kg! Maman et bébé se portent bien. Une carte circule au poste jusqu'à vendredi.\n" % (
                g, baby, C.fmt_date(bd, "fr_long"))
            subj, note = "Bienvenue à %s!" % baby, "annonce de naissance du bébé d'une collègue"
        else:
            text = "Hi everyone,\n\nGreat news: %s welcomed baby %s, born %s at 3:12 a.m., 7 lb 8 oz! Everyone is doing well. A card is going around the desk until Friday.\n" % (
                g, baby, C.fmt_date(bd, "en_long"))
            subj, note = "Welcome baby %s!" % baby, "colleague's baby announcement"
    elif kind == "birthdays":
        pick = rng.sample(st, 4)
        m = when.month % 12 + 1
        if lang == "fr":
            lines = ["- %s %s : %d %s" % (g, s, rng.randint(1, 28), C.MOIS[m - 1]) for g, s, _ in pick]
            text = "Bonjour,\n\nLes anniversaires du mois prochain :\n%s\n\nGâteau le dernier jeudi du mois à 14 h, salle de pause B-3.\n" % "\n".join(lines)
            subj, note = "Anniversaires de %s" % C.MOIS[m - 1], "liste des anniversaires du personnel"
        else:
            lines = ["- %s %s: %s %d" % (g, s, C.MONTHS[m - 1], rng.randint(1, 28)) for g, s, _ in pick]
            text = "Hi all,\n\nNext month's birthdays:\n%s\n\nCake on the last Thursday at 2 p.m., B-3 break room.\n" % "\n".join(lines)
            subj, note = "%s birthdays" % C.MONTHS[m - 1], "staff birthday list"
    else:
        g, s, role = rng.choice(st)
        if lang == "fr":
            text = "Bonjour,\n\nAprès 31 ans au CHRS, dont les 4 dernières à l'unité virtuelle, %s %s prend sa retraite le %s. Un 5 à 7 aura lieu au Bistro des Saules. Contribution volontaire pour le cadeau : voir Nadia.\n" % (
                g, s, C.fmt_date(when.date() + TD(days=20), "fr_long"))
            subj, note = "Départ à la retraite", "annonce de départ à la retraite d'un employé"
        else:
            text = "Hi all,\n\nAfter 31 years at CHRS, the last 4 on the virtual ward, %s %s retires on %s. Drinks at Bistro des Saules from 5 p.m. Gift collection: see Laura.\n" % (
                g, s, C.fmt_date(when.date() + TD(days=20), "en_long"))
            subj, note = "Retirement", "staff retirement announcement"
    return neg(lang, "staff_social", note, subj, sp(sender), [("Équipe UV", "uv-equipe@" + C.DOM)], text=text, date=when)


# ---------------------------------------------------------------- on-call / coverage
def n_oncall(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    mon = when.date() - TD(days=when.weekday()) + TD(days=7)
    sender = ctx.staff(lang, 4)
    if lang == "fr":
        text = """Bonjour,

Garde médicale de l'unité virtuelle, semaine du %s :
- Médecine interne (IC, HTA) : Dr Mathieu Bergeron, téléavertisseur 555-0161
- Pneumologie (MPOC, oxymétrie) : Dr François Cyr, 555-0162
- Endocrinologie (diabète, capteurs) : Dre Annie Laberge, 555-0163
- Cardiologie en deuxième appel : Dre Hélène Vachon

La Dre Laberge couvre aussi la clinique de diabète pédiatrique pendant le congé de son collègue.
""" % C.fmt_date(mon, "fr_long")
        subj, note = "Garde UV - semaine du %s" % mon.strftime("%d/%m"), "liste de garde médicale"
    else:
        text = """Hello,

Virtual ward on-call, week of %s:
- Internal medicine (HF, HTN): Dr. Owen Whitaker, pager 555-0161
- Respirology (COPD, oximetry): Dr. Nina Sorensen, 555-0162
- Cardiology second call: Dr. Grace Okafor, 555-0163
- Postpartum BP programme: Victor Mendes, NP, 555-0164

Dr. Okafor also covers the heart failure clinic while her colleague is away.
""" % C.fmt_date(mon, "en_long")
        subj, note = "VW on-call - week of %s" % mon.strftime("%b %d"), "physician on-call list"
    return neg(lang, "oncall", note, subj, sp(sender), [("UV - tous", "uv-tous@" + C.DOM)], text=text, date=when)


# ---------------------------------------------------------------- staff contact vCards
def n_team_vcards(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    st = rng.sample([x for x in roster(lang) if "Télévigie" not in x[2] and "Brightcuff" not in x[2]], 2)
    atts = []
    for g, s, role in st:
        v = D.build_vcf(g, s, tel="450-555-01%02d" % rng.randint(10, 60), email=C.staff_addr(g, s), org=C.HOSP, title=role, tel_type="WORK",
                        adr=("1200, boulevard des Saules, pavillon B", "Rivière-aux-Saules", "QC", "J3Y 2K8"))
        atts.append(Att("%s %s.vcf" % (g, s), "text/vcard", v, charset="utf-8"))
    sender = ctx.staff(lang, 4)
    if lang == "fr":
        text = "Bonjour,\n\nPour vos contacts : les coordonnées des deux nouvelles personnes-ressources du centre de coordination sont jointes.\n"
        subj, note = "Nouvelles personnes-ressources", "coordonnées professionnelles d'employés (vCard)"
    else:
        text = "Hi,\n\nFor your address book: contact cards for the two new coordination centre contacts are attached.\n"
        subj, note = "New contacts - coordination centre", "staff business contact cards"
    return neg(lang, "contacts", note, subj, sp(sender), [("Partenaires GMF", "partenaires@gmf-saules.example")], text=text + ctx.sig(sender, lang),
               date=when, atts=atts)


TEMPLATES_B = ["n_schedule", "n_newsletter", "n_conference", "n_job", "n_committee", "n_occ_health", "n_hr",
               "n_social_staff", "n_oncall", "n_team_vcards"]
