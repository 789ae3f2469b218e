"""Negative messages, part B: clinical words without an identifiable patient."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx, make_zip
from gen_common import CLSCS, ORG, SCHOOLS, YOUTH_CLINICS, d_en, d_fr, slug, staff
from gen_compose import Mail, closing, footer, greet, html_table, render_mail, signature, text_table
from gen_neg_a import NURSES, dist_list, luhn_number, team
from gen_reg import NegRec
from gen_vocab import VACCINES


# ------------------------------------------------------------------ N15 newsletter
def n_newsletter(ctx, lang):
    r = NegRec(ctx, 'newsletter', lang)
    s = staff(ctx.pick(['Gendron', 'Gingras', 'Lévesque']))
    no = ctx.randint(12, 48)
    topic = ctx.pick(['hpv', 'mental', 'sexual', 'allergy', 'sleep'])
    if lang == 'fr':
        arts = {'hpv': ('Le VPH : une seule dose suffit maintenant', 'Depuis 2024, le Programme d\'immunisation du Québec '
                        'recommande une dose unique de Gardasil 9 en 4e année. Le vaccin protège contre les cancers du col de '
                        'l\'utérus, de l\'anus et de l\'oropharynx. En 2023-2024, 84 % des élèves de 4e année de la région ont été vaccinés.'),
                'mental': ('Semaine de la santé mentale', 'L\'anxiété est le motif de consultation le plus fréquent chez les 12-17 ans '
                           'dans nos CLSC. Ressources : ligne 1 866 APPELLE, Tel-jeunes, intervenant de l\'école.'),
                'sexual': ('ITSS chez les 15-24 ans', 'Les cas de chlamydia déclarés chez les 15-24 ans ont augmenté de 9 % dans la '
                           'région. Le dépistage est gratuit et confidentiel dans les cliniques jeunesse, dès 14 ans sans parent.'),
                'allergy': ('Allergies alimentaires à l\'école', 'Environ 6 % des enfants ont une allergie alimentaire. Rappel aux '
                            'écoles : les auto-injecteurs doivent accompagner l\'élève lors des sorties.'),
                'sleep': ('Le sommeil des ados', 'Les adolescents ont besoin de 8 à 10 heures de sommeil. Écrans hors de la chambre!')}
        title, body = arts[topic]
        subj = f'Info-Santé Jeunesse no {no} — {title}'
        foot = 'Pour vous désabonner, répondez « désabonnement ».'
    else:
        arts = {'hpv': ('HPV: one dose is now enough', 'Since 2024, Quebec recommends a single Gardasil 9 dose in Grade 4. '
                        'Last year 84% of Grade 4 students in the region were vaccinated.'),
                'mental': ('Mental Health Week', 'Anxiety is the most common reason 12-17 year olds consult at our CLSCs.'),
                'sexual': ('STIs in 15-24 year olds', 'Reported chlamydia cases among 15-24 year olds rose 9% in the region.'),
                'allergy': ('Food allergies at school', 'About 6% of children have a food allergy; auto-injectors go on every trip.'),
                'sleep': ('Teen sleep', 'Teens need 8 to 10 hours of sleep.')}
        title, body = arts[topic]
        subj = f'Youth Health Bulletin #{no} - {title}'
        foot = 'To unsubscribe, reply "unsubscribe".'
    html = (f'<html><head><meta charset="utf-8"><style>h1{{color:#0b5394}}</style></head><body>'
            f'<table width="600" align="center"><tr><td><h1>{title}</h1><p>{body}</p>'
            f'<p><a href="https://sante.{ORG["dom"]}/jeunesse">{"En savoir plus" if lang == "fr" else "Learn more"}</a></p>'
            f'<hr><p style="font-size:9pt">{ORG["ciusss_fr"]} — {foot}</p></td></tr></table></body></html>')
    m = Mail(ctx, lang).sender(s)
    m.add_to('Liste de diffusion' if lang == 'fr' else 'Mailing list', f'bulletin-jeunesse@{ORG["dom"]}')
    m.subject = subj
    m.html = html
    m.text = f'{title}\n\n{body}\n\n{foot}'
    return r.done(render_mail(m, form=ctx.pick(['html', 'alt'])), f'health newsletter ({topic})')


# ------------------------------------------------------------------ N16 template letter with merge fields
def n_template_letter(ctx, lang):
    r = NegRec(ctx, 'template_letter', lang)
    n = staff(ctx.pick(NURSES))
    k = ctx.pick(['lice', 'vacc_missing', 'screening'])
    if lang == 'fr':
        body = {'lice': 'Chers parents,\n\nDes cas de pédiculose (poux) ont été signalés dans la classe de votre enfant. Nous vous demandons '
                        'de vérifier sa tête ce soir et, au besoin, de faire un traitement. Aucun élève n\'est exclu de l\'école.\n\n'
                        'L\'infirmière scolaire',
                'vacc_missing': 'Bonjour «Nom_parent»,\n\nSelon nos registres, «Prénom_élève» «Nom_élève» n\'a pas reçu tous les '
                                'vaccins recommandés pour son âge («Vaccins_manquants»). Une séance de rattrapage aura lieu le «Date».\n\n'
                                '«Signature_infirmière»',
                'screening': 'Madame, Monsieur,\n\nLors du dépistage visuel effectué à l\'école, le résultat de votre enfant '
                             '[NOM DE L\'ÉLÈVE] nécessite un examen complet chez un optométriste. [RÉSULTAT]\n\nL\'infirmière scolaire'}[k]
        subj = {'lice': 'Modèle de lettre — pédiculose', 'vacc_missing': 'Gabarit fusion — rattrapage vaccinal',
                'screening': 'Lettre type dépistage visuel (à personnaliser)'}[k]
        intro = 'Voici le modèle à jour. Merci de ne plus utiliser l\'ancienne version.'
    else:
        body = {'lice': 'Dear parents,\n\nHead lice have been reported in your child\'s class. Please check your child tonight and treat '
                        'if needed. No student is excluded from school.\n\nThe school nurse',
                'vacc_missing': 'Dear <<Parent_name>>,\n\nOur records show that <<Student_first>> <<Student_last>> is missing '
                                '<<Missing_vaccines>>. A catch-up clinic is scheduled on <<Date>>.\n\n<<Nurse_signature>>',
                'screening': 'Dear parent,\n\nYour child [STUDENT NAME] needs a full eye exam following school screening. [RESULT]'}[k]
        subj = {'lice': 'Letter template - head lice', 'vacc_missing': 'Mail-merge template - catch-up',
                'screening': 'Vision screening letter template'}[k]
        intro = 'Here is the updated template; please stop using the old one.'
    m = Mail(ctx, lang).sender(n)
    m.add_to(*dist_list(lang))
    m.subject = subj
    how = ctx.pick(['inline', 'docx'])
    if how == 'docx':
        m.text = f'{greet(ctx, lang)}\n\n{intro}\n\n{signature(ctx, n, lang)}'
        m.attach(data=make_docx([('p', x) for x in body.split('\n\n')], author=n.full), filename=f'modele_{k}.docx' if lang == 'fr' else f'template_{k}.docx',
                 ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    else:
        m.text = f'{greet(ctx, lang)}\n\n{intro}\n\n-----\n{body}\n-----\n\n{signature(ctx, n, lang)}'
    return r.done(render_mail(m), f'template letter with placeholders ({k})')


# ------------------------------------------------------------------ N17 outbreak notice without identity
def n_outbreak(ctx, lang):
    r = NegRec(ctx, 'outbreak_notice', lang)
    s = staff(ctx.pick(['Gendron', 'Charbonneau']))
    school = ctx.pick([x for x in SCHOOLS if x[2] == lang or lang == 'fr' and x[2] == 'fr'])
    d = ctx.date()
    dis = ctx.pick(['measles', 'pertussis', 'varicella', 'scabies', 'gastro'])
    if lang == 'fr':
        txt = {'measles': f'Un cas de rougeole a été confirmé chez une personne ayant fréquenté {school[0]} le {d_fr(d, "day")}. '
                          f'Les personnes non protégées (moins de 2 doses de vaccin) pourraient devoir être retirées de l\'école '
                          f'pendant 14 jours. Vérifiez le carnet de vaccination de votre enfant.',
               'pertussis': f'Un cas de coqueluche a été signalé chez un élève de {school[0]}. Si votre enfant tousse depuis plus de '
                            f'deux semaines, consultez un médecin. Les femmes enceintes au 3e trimestre doivent consulter.',
               'varicella': f'Des cas de varicelle ont été signalés à {school[0]}. Il n\'y a pas d\'exclusion scolaire.',
               'scabies': f'Quelques cas de gale ont été signalés à {school[0]}. Un traitement est nécessaire pour les personnes atteintes et leurs contacts.',
               'gastro': f'Une éclosion de gastroentérite touche actuellement {school[0]} (une trentaine d\'absences). Lavage des mains!'}[dis]
        subj = {'measles': 'Avis aux parents — rougeole', 'pertussis': 'Lettre aux parents — coqueluche',
                'varicella': 'Avis — varicelle', 'scabies': 'Avis — gale', 'gastro': 'Éclosion de gastro'}[dis]
    else:
        txt = {'measles': f'A measles case was confirmed in a person who attended {school[0]} on {d_en(d, "day")}. Unprotected people '
                          f'may be excluded for 14 days. Please check your child\'s vaccination record.',
               'pertussis': f'A case of whooping cough was reported in a student at {school[0]}. See a doctor if your child has coughed for over two weeks.',
               'varicella': f'Chickenpox cases were reported at {school[0]}. There is no exclusion.',
               'scabies': f'A few scabies cases were reported at {school[0]}; cases and contacts need treatment.',
               'gastro': f'A gastroenteritis outbreak is affecting {school[0]} (about thirty absences).'}[dis]
        subj = {'measles': 'Notice to parents - measles', 'pertussis': 'Letter to parents - whooping cough',
                'varicella': 'Notice - chickenpox', 'scabies': 'Notice - scabies', 'gastro': 'Gastro outbreak'}[dis]
    from gen_compose import school_contact
    dirn = school_contact(ctx, school, 'direct' if lang == 'fr' else 'principal', lang)
    m = Mail(ctx, lang).sender(s)
    m.add_to(dirn[0], dirn[1])
    m.subject = subj
    m.text = (f'{greet(ctx, lang, dirn[3])}\n\n' + ('Voici la lettre à transmettre à tous les parents aujourd\'hui :' if lang == 'fr'
                                                   else 'Here is the letter to send to all parents today:') +
              f'\n\n"{txt}"\n\n{signature(ctx, s, lang)}' + footer(ctx, lang))
    return r.done(render_mail(m), f'public-health notice to parents ({dis}), no identity')


# ------------------------------------------------------------------ N18 blank consent form
def n_blank_form(ctx, lang):
    r = NegRec(ctx, 'blank_form', lang)
    n = staff(ctx.pick(NURSES + ['Gendron']))
    vac = ctx.pick(VACCINES[lang][:4])
    if lang == 'fr':
        blocks = [('h', f'Consentement à la vaccination — {vac[0]}'), ('kv', 'Nom de l\'élève :', '________________________'),
                  ('kv', 'Date de naissance :', '____ / ____ / ______'), ('kv', 'NAM :', '__ __ __ __  __ __ __ __  __ __ __ __'),
                  ('kv', 'École / groupe :', '________________________'),
                  ('p', 'Votre enfant a-t-il : [ ] une allergie grave (anaphylaxie)?  [ ] un problème de coagulation?  '
                        '[ ] déjà perdu connaissance lors d\'une injection?  [ ] un système immunitaire affaibli?'),
                  ('p', 'J\'autorise / je refuse (rayer) la vaccination de mon enfant.'),
                  ('kv', 'Signature du parent :', '________________________')]
        fname = ctx.pick(['formulaire_consentement_vierge.pdf', f'Consentement {vac[0].split(" (")[0]}.pdf'])
        subj, txt = 'Formulaire de consentement (vierge)', 'Voici le formulaire vierge à imprimer pour les retardataires.'
    else:
        blocks = [('h', f'Vaccination consent - {vac[0]}'), ('kv', 'Student name:', '______________________'),
                  ('kv', 'Date of birth:', '____ / ____ / ______'), ('kv', 'Health card (RAMQ):', '____ ____ ____'),
                  ('p', 'Does your child have: [ ] a severe allergy?  [ ] a bleeding disorder?  [ ] fainted after a needle?'),
                  ('kv', 'Parent signature:', '______________________')]
        fname = 'blank_consent_form.pdf'
        subj, txt = 'Consent form (blank)', 'Here is the blank form to print for late consents.'
    m = Mail(ctx, lang).sender(n)
    from gen_compose import school_contact
    sec = school_contact(ctx, ctx.pick(SCHOOLS), None, lang)
    m.add_to(sec[0], sec[1])
    m.subject = subj
    m.text = f'{greet(ctx, lang, sec[3])}\n\n{txt}\n\n{signature(ctx, n, lang)}'
    m.attach(data=make_pdf(blocks), ctype='application/pdf', filename=fname)
    return r.done(render_mail(m), 'blank vaccination consent form (PDF)')


# ------------------------------------------------------------------ N19 blank health questionnaire (docx / xlsx template)
def n_blank_template(ctx, lang):
    r = NegRec(ctx, 'blank_template', lang)
    n = staff(ctx.pick(['Gendron', 'Charbonneau'] + NURSES))
    if ctx.chance(0.5):
        blocks = [('h', 'Fiche santé de l\'élève' if lang == 'fr' else 'Student health form'),
                  ('table', [['Champ', 'Réponse'] if lang == 'fr' else ['Field', 'Answer'],
                             ['Nom, prénom' if lang == 'fr' else 'Name', ''], ['Date de naissance (AAAA-MM-JJ)' if lang == 'fr' else 'DOB (YYYY-MM-DD)', ''],
                             ['NAM (ex. : ABCD 1234 5678)' if lang == 'fr' else 'RAMQ (e.g. ABCD 1234 5678)', ''],
                             ['Allergies', ''], ['Médicaments pris à l\'école' if lang == 'fr' else 'Medication at school', ''],
                             ['Asthme / diabète / épilepsie / autre' if lang == 'fr' else 'Asthma / diabetes / epilepsy / other', ''],
                             ['Personne à joindre en cas d\'urgence' if lang == 'fr' else 'Emergency contact', '']])]
        data = make_docx(blocks, author=n.full)
        att = dict(data=data, filename='fiche_sante_vierge.docx' if lang == 'fr' else 'health_form_blank.docx',
                   ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    else:
        rows = [['Nom', 'Prénom', 'DDN', 'NAM', 'Vaccin', 'Lot', 'Site', 'Date', 'Infirmière'] if lang == 'fr' else
                ['Last', 'First', 'DOB', 'RAMQ', 'Vaccine', 'Lot', 'Site', 'Date', 'Nurse']]
        data = make_xlsx([('Saisie' if lang == 'fr' else 'Entry', rows), ('Listes', [['Vaccins'], *[[v[0]] for v in VACCINES[lang]]])])
        att = dict(data=data, filename='gabarit_saisie_vaccination.xlsx' if lang == 'fr' else 'vaccination_entry_template.xlsx',
                   ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    m = Mail(ctx, lang).sender(n)
    m.add_to(*dist_list(lang))
    m.subject = ctx.pick(['Nouveau gabarit', 'Gabarit à utiliser dès lundi', 'Fiche vierge']) if lang == 'fr' else ctx.pick(['New template', 'Blank form'])
    m.text = f'{greet(ctx, lang)}\n\n' + ('Nouveau gabarit à utiliser à partir de lundi (vierge).' if lang == 'fr' else
                                          'New blank template to use from Monday.') + f'\n\n{signature(ctx, n, lang)}'
    m.attach(**att)
    return r.done(render_mail(m), 'blank template (DOCX / XLSX headers only)')


# ------------------------------------------------------------------ N20 anonymised teaching case
def n_teaching_case(ctx, lang):
    r = NegRec(ctx, 'teaching_case', lang)
    s = staff(ctx.pick(['Gendron', 'Gingras', 'Pépin', 'Haddad']))
    case = ctx.pick(['suicide', 'sti', 'ed', 'anaph'])
    if lang == 'fr':
        txt = {'suicide': 'Vignette : une élève de 15 ans se présente à l\'infirmerie pour des maux de ventre répétés. En discutant, elle '
                          'rapporte des idées suicidaires depuis deux semaines, sans plan précis. Questions : 1) Quels facteurs de '
                          'protection explorer? 2) Quand aviser les parents? 3) Quelles ressources mobiliser?',
               'sti': 'Cas clinique : jeune homme de 17 ans, asymptomatique, demande un dépistage après une nouvelle partenaire. '
                      'TAAN chlamydia positif. Discutez du traitement, de l\'avis aux partenaires et du test de contrôle.',
               'ed': 'Cas « Mlle A. », 14 ans (cas fictif inspiré de plusieurs situations) : perte de 8 kg en 3 mois, aménorrhée, '
                     'bradycardie. Quels sont les critères d\'hospitalisation?',
               'anaph': 'Mise en situation : pendant le dîner, un élève de 2e année présente de l\'urticaire et une toux après avoir '
                        'mangé une collation d\'un ami. Décrivez les étapes du plan d\'urgence.'}[case]
        subj = ctx.pick(['Vignette pour la supervision de jeudi', 'Cas clinique — formation', 'Mise en situation (fictive)'])
        intro = 'Voici la vignette (fictive/anonymisée) pour notre prochaine supervision clinique.'
    else:
        txt = {'suicide': 'Vignette: a 15-year-old student comes to the health room with recurrent stomach aches and discloses suicidal '
                          'thoughts for two weeks without a plan. Questions: protective factors? when to inform parents?',
               'sti': 'Case: asymptomatic 17-year-old male requests screening; chlamydia NAAT positive. Discuss treatment and partner notification.',
               'ed': 'Case "Miss A.", 14 (fictional composite): 8 kg weight loss in 3 months, amenorrhoea, bradycardia. Admission criteria?',
               'anaph': 'Scenario: a Grade 2 student develops hives and a cough after eating a friend\'s snack. Walk through the emergency plan.'}[case]
        subj = ctx.pick(['Case for Thursday supervision', 'Teaching case (fictional)'])
        intro = 'Here is the (fictional / anonymised) case for our next clinical supervision.'
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    m.subject = subj
    m.text = f'{greet(ctx, lang)}\n\n{intro}\n\n{txt}\n\n{signature(ctx, s, lang)}'
    if ctx.chance(0.3):
        m.attach(data=make_pdf([('h', subj), ('p', txt)]), ctype='application/pdf', filename='vignette.pdf' if lang == 'fr' else 'case.pdf')
    return r.done(render_mail(m), f'anonymised teaching case ({case})')


# ------------------------------------------------------------------ N21 coverage statistics
def n_coverage_stats(ctx, lang):
    r = NegRec(ctx, 'coverage_statistics', lang)
    s = staff(ctx.pick(['Gendron', 'Lévesque']))
    rows = [['École' if lang == 'fr' else 'School', 'Élèves admissibles' if lang == 'fr' else 'Eligible', 'Vaccinés' if lang == 'fr' else 'Vaccinated',
             'Refus' if lang == 'fr' else 'Refusals', 'Couverture (%)' if lang == 'fr' else 'Coverage (%)']]
    for sc in SCHOOLS:
        el = ctx.randint(35, 180)
        ref = ctx.randint(0, 9)
        v = el - ref - ctx.randint(0, 12)
        rows.append([sc[0], el, v, ref, round(100 * v / el, 1)])
    m = Mail(ctx, lang).sender(s)
    m.add_to(staff('Lévesque').full if s.surname != 'Lévesque' else 'Direction santé publique',
             staff('Lévesque').email if s.surname != 'Lévesque' else f'dsp@{ORG["dom"]}')
    m.subject = ctx.pick(['Couverture vaccinale 2024-2025 par école', 'Statistiques VPH 4e année', 'Bilan de la campagne scolaire']) \
        if lang == 'fr' else ctx.pick(['Vaccination coverage by school 2024-2025', 'Grade 4 HPV stats'])
    how = ctx.pick(['xlsx', 'csv', 'inline'])
    intro = ('Voici le bilan de couverture par école (données agrégées, aucune donnée nominative).' if lang == 'fr'
             else 'Coverage summary by school (aggregate data only).')
    if how == 'inline':
        m.text = f'{greet(ctx, lang)}\n\n{intro}\n\n{text_table(rows)}\n\n{signature(ctx, s, lang)}'
        return r.done(render_mail(m, form=ctx.pick(['plain', 'alt'])), 'aggregate vaccination coverage by school')
    m.text = f'{greet(ctx, lang)}\n\n{intro}\n\n{signature(ctx, s, lang)}'
    if how == 'xlsx':
        m.attach(data=make_xlsx([('Couverture', rows)]), filename='couverture_par_ecole.xlsx' if lang == 'fr' else 'coverage.xlsx',
                 ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    else:
        m.attach(kind='text', text=make_csv(rows, ';', 'utf-8').decode('utf-8'), subtype='csv', charset='utf-8',
                 filename='couverture.csv' if lang == 'fr' else 'coverage.csv')
    return r.done(render_mail(m), 'aggregate vaccination coverage by school (attachment)')


# ------------------------------------------------------------------ N22 youth clinic monthly statistics
def n_clinic_stats(ctx, lang):
    r = NegRec(ctx, 'clinic_statistics', lang)
    s = staff(ctx.pick(['Hébert', 'Lévesque', 'Vaillancourt']))
    reasons = ['Dépistage ITSS', 'Chlamydia positif', 'Gonorrhée positive', 'Contraception', 'Contraception d\'urgence',
               'Test de grossesse positif', 'Santé mentale', 'Vaccination'] if lang == 'fr' else \
        ['STI screening', 'Chlamydia positive', 'Gonorrhoea positive', 'Contraception', 'Emergency contraception',
         'Positive pregnancy test', 'Mental health', 'Vaccination']
    months = ['sept.', 'oct.', 'nov.', 'déc.'] if lang == 'fr' else ['Sep', 'Oct', 'Nov', 'Dec']
    rows = [['Motif' if lang == 'fr' else 'Reason'] + months]
    for rs in reasons:
        rows.append([rs] + [ctx.randint(0, 3) if 'positi' in rs else ctx.randint(8, 95) for _ in months])
    m = Mail(ctx, lang).sender(s)
    m.add_to(staff('Lévesque').full, staff('Lévesque').email)
    m.subject = ('Statistiques clinique jeunesse — trimestre' if lang == 'fr' else 'Youth clinic statistics - quarter')
    m.text = (f'{greet(ctx, lang)}\n\n' + ('Statistiques du trimestre (nombre de visites par motif, 3 cliniques). Les petits nombres '
                                           'ne doivent pas être diffusés à l\'externe.' if lang == 'fr' else
                                           'Quarterly visits by reason (3 clinics). Do not share small cells externally.') +
              f'\n\n{text_table(rows)}\n\n{signature(ctx, s, lang)}')
    if ctx.chance(0.5):
        m.attach(kind='text', text=make_csv(rows, ',', 'utf-8').decode('utf-8'), subtype='csv', charset='utf-8', filename='stats_trimestre.csv')
    return r.done(render_mail(m, form=ctx.pick(['plain', 'alt'])), 'aggregate youth clinic statistics with small counts')


# ------------------------------------------------------------------ N23 conference programme
def n_conference(ctx, lang):
    r = NegRec(ctx, 'conference_program', lang)
    s = staff(ctx.pick(['Gendron', 'Lévesque']))
    d = ctx.date()
    talks = [('8 h 30', 'Dre Amira Haddad', 'Contraception chez l\'adolescente : quoi de neuf?', 'What is new in adolescent contraception'),
             ('9 h 30', 'Dr Yannick Beaulieu, pédopsychiatre', 'Anxiété et refus scolaire', 'Anxiety and school refusal'),
             ('10 h 45', 'Dre Hélène Marchand, pédiatre', 'Le diabète de type 1 à l\'école', 'Type 1 diabetes at school'),
             ('13 h', 'Laurence Gingras, sexologue', 'Consentement et relations amoureuses', 'Consent and dating relationships'),
             ('14 h', 'Dr Kevin Walsh', 'Commotions cérébrales chez les jeunes sportifs', 'Concussions in young athletes')]
    sel = sorted(ctx.sample(talks, 4), key=talks.index)
    if lang == 'fr':
        prog = '\n'.join(f'{t[0]} — {t[1]} : {t[2]}' for t in sel)
        m_sub = f'Colloque régional en santé jeunesse — {d_fr(d)}'
        txt = f'{greet(ctx, "fr")}\n\nVoici le programme du colloque régional en santé des jeunes :\n\n{prog}\n\nInscription gratuite avant le {d_fr(d - datetime.timedelta(days=14))}. Heures de formation reconnues (OIIQ).'
    else:
        prog = '\n'.join(f'{t[0].replace(" h ", ":").replace(" h", ":00")} - {t[1].replace("Dre ", "Dr. ").replace("Dr ", "Dr. ")}: {t[3]}' for t in sel)
        m_sub = f'Regional youth health conference - {d_en(d)}'
        txt = f'{greet(ctx, "en")}\n\nConference programme:\n\n{prog}\n\nFree registration.'
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    m.subject = m_sub
    m.text = txt + f'\n\n{signature(ctx, s, lang)}'
    if ctx.chance(0.4):
        m.attach(data=make_pdf([('h', m_sub), ('p', prog)]), ctype='application/pdf', filename='programme_colloque.pdf' if lang == 'fr' else 'programme.pdf')
    return r.done(render_mail(m), 'conference programme with physician speakers and topics')


# ------------------------------------------------------------------ N24 committee agenda
def n_committee(ctx, lang):
    r = NegRec(ctx, 'committee_agenda', lang)
    s = staff(ctx.pick(['Lévesque', 'Gendron']))
    d = ctx.date()
    if lang == 'fr':
        items = ['Adoption de l\'ordre du jour', 'Suivi du plan d\'action en santé mentale jeunesse',
                 'Bilan de la campagne de vaccination (couverture 4e année : 86 %)', 'Protocole anaphylaxie — révision 2025',
                 'Entente CSS–CIUSSS sur les services de santé scolaire', 'Varia']
        m_sub = f'Comité santé scolaire — ordre du jour du {d_fr(d)}'
        intro = 'Voici l\'ordre du jour de la prochaine rencontre du comité (Teams).'
    else:
        items = ['Adoption of the agenda', 'Youth mental health action plan', 'Vaccination campaign review (Grade 4 coverage 86%)',
                 'Anaphylaxis protocol - 2025 revision', 'Other business']
        m_sub = f'School health committee - agenda {d_en(d)}'
        intro = 'Here is the agenda for the next committee meeting (Teams).'
    m = Mail(ctx, lang).sender(s)
    for t in team(ctx, 4):
        m.add_to(t.full, t.email)
    m.subject = m_sub
    m.text = f'{greet(ctx, lang)}\n\n{intro}\n\n' + '\n'.join(f'{i + 1}. {x}' for i, x in enumerate(items)) + f'\n\n{signature(ctx, s, lang)}'
    return r.done(render_mail(m), 'committee agenda')


# ------------------------------------------------------------------ N25 drug shortage
def n_shortage(ctx, lang):
    r = NegRec(ctx, 'drug_shortage', lang)
    s = staff('Proulx')
    k = ctx.pick(['epipen', 'planb', 'amox', 'ventolin'])
    if lang == 'fr':
        txt = {'epipen': 'Rupture d\'approvisionnement de l\'EpiPen Jr 0,15 mg prévue jusqu\'en mars. Alternative : Allerject 0,15 mg. '
                         'Les écoles doivent vérifier les dates d\'expiration; une prolongation de 4 mois a été autorisée par Santé Canada pour certains lots.',
               'planb': 'Approvisionnement limité en lévonorgestrel 1,5 mg (contraception d\'urgence). Commander au besoin seulement, max. 20 unités par clinique.',
               'amox': 'Pénurie de suspension orale d\'amoxicilline 250 mg/5 mL. Utiliser les capsules lorsque possible.',
               'ventolin': 'Pénurie temporaire de salbutamol 100 mcg (Ventolin HFA). Le générique (Apo-Salvent) est disponible.'}[k]
        m_sub = {'epipen': 'Pénurie — EpiPen Jr', 'planb': 'Approvisionnement — contraception d\'urgence',
                 'amox': 'Pénurie amoxicilline suspension', 'ventolin': 'Pénurie Ventolin HFA'}[k]
    else:
        txt = {'epipen': 'EpiPen Jr 0.15 mg supply disruption expected until March; use Allerject 0.15 mg.',
               'planb': 'Limited levonorgestrel 1.5 mg supply; order as needed only.',
               'amox': 'Shortage of amoxicillin 250 mg/5 mL suspension.',
               'ventolin': 'Temporary shortage of salbutamol 100 mcg (Ventolin HFA); generic available.'}[k]
        m_sub = {'epipen': 'Shortage - EpiPen Jr', 'planb': 'Supply - emergency contraception', 'amox': 'Amoxicillin shortage',
                 'ventolin': 'Ventolin HFA shortage'}[k]
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    m.subject = m_sub
    m.text = f'{greet(ctx, lang)}\n\n{txt}\n\n{signature(ctx, s, lang)}'
    return r.done(render_mail(m), f'drug shortage notice ({k})')


# ------------------------------------------------------------------ N26 supplier recall (forwarded .eml or inline)
def n_recall(ctx, lang):
    r = NegRec(ctx, 'supplier_recall', lang)
    s = staff(ctx.pick(['Ducharme', 'Proulx', 'Gendron']))
    prod = ctx.pick([('glucomètres ContourCare', 'ContourCare glucose meters'), ('auto-injecteurs d\'entraînement', 'trainer auto-injectors'),
                     ('seringues 1 mL à aiguille rétractable', '1 mL retractable syringes'), ('thermomètres infrarouges', 'infrared thermometers')])
    lots = [f'{ctx.pick("ABCDEFGHJK")}{ctx.randint(10000, 99999)}' for _ in range(3)]
    serials = [luhn_number(ctx, ctx.pick([9, 10])) for _ in range(2)]
    if lang == 'fr':
        body = (f'Avis de rappel volontaire — {prod[0]}\n\nLots visés : {", ".join(lots)}\nNuméros de série concernés (exemples) : '
                f'{", ".join(serials)}\nMotif : risque de lecture erronée / défaut de fabrication.\nAucun incident signalé à ce jour. '
                f'Retirer les produits et communiquer avec le service à la clientèle au 1 800 555-0199.')
        inner_sub = f'Avis de rappel — {prod[0]}'
    else:
        body = (f'Voluntary recall notice - {prod[1]}\n\nAffected lots: {", ".join(lots)}\nSerial numbers (examples): {", ".join(serials)}\n'
                f'Reason: possible inaccurate reading / manufacturing defect. No incidents reported. Call 1 800 555-0199.')
        inner_sub = f'Recall notice - {prod[1]}'
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    if ctx.chance(0.5):
        inner = Mail(ctx, lang)
        inner.frm = ('Service qualité — MedSupply' if lang == 'fr' else 'Quality - MedSupply', 'qualite@medsupply.example')
        inner.add_to(s.full, s.email)
        inner.subject = inner_sub
        inner.text = body
        m.subject = ('TR: ' if lang == 'fr' else 'FW: ') + inner_sub
        m.text = f'{greet(ctx, lang)}\n\n' + ('Pour action : vérifier vos stocks (avis en pièce jointe).' if lang == 'fr' else
                                              'For action: check your stock (notice attached).') + f'\n\n{s.given}'
        m.attach(kind='eml', data=render_mail(inner, crlf=False), filename=ctx.pick([None, 'avis_rappel.eml']))
        return r.done(render_mail(m), 'supplier recall forwarded as attached message with lot and serial numbers')
    m.subject = inner_sub
    m.text = f'{greet(ctx, lang)}\n\n{body}\n\n{signature(ctx, s, lang)}'
    return r.done(render_mail(m), 'supplier recall with lot and checksum-valid serial numbers')
