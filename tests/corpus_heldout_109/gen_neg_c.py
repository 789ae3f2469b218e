"""Negative messages, part C: protocols, research, directories, general questions, forwarded bulletins."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx, make_zip
from gen_common import CLSCS, ORG, SCHOOLS, YOUTH_CLINICS, d_en, d_fr, slug, staff
from gen_compose import (Mail, closing, footer, forward_block, greet, html_table, quote_block, render_mail,
                         school_contact, signature, text_table)
from gen_neg_a import NURSES, dist_list, luhn_number, team
from gen_reg import NegRec
from gen_vocab import VACCINES


# ------------------------------------------------------------------ N27 collective prescription / protocol
def n_protocol(ctx, lang):
    r = NegRec(ctx, 'clinical_protocol', lang)
    s = staff(ctx.pick(['Proulx', 'Lavigne', 'Gendron']))
    k = ctx.pick(['oc_contra', 'oc_sti', 'anaph', 'hypo'])
    if lang == 'fr':
        data = {'oc_contra': ('Ordonnance collective — Initier une contraception hormonale', [
                    'Clientèle : personnes de 14 ans et plus consultant en clinique jeunesse.',
                    'Contre-indications : migraine avec aura, TA > 140/90, tabagisme chez les 35 ans et plus, antécédent de thrombose.',
                    'Produits : lévonorgestrel/éthinylestradiol 0,1/0,02 mg ou noréthindrone 0,35 mg; durée maximale 6 mois.']),
                'oc_sti': ('Ordonnance collective — Traitement des ITSS', [
                    'Chlamydia : azithromycine 1 g PO dose unique ou doxycycline 100 mg BID x 7 jours.',
                    'Gonorrhée : ceftriaxone 500 mg IM + traitement de la chlamydia si non exclue.',
                    'Test de contrôle à 3-4 semaines pour les personnes enceintes ou de moins de 25 ans selon le guide.']),
                'anaph': ('Protocole — anaphylaxie en milieu scolaire', [
                    'Épinéphrine IM : 0,15 mg de 15 à 30 kg, 0,3 mg à 30 kg et plus.',
                    'Appeler le 911 dès la première dose; répéter après 5 à 15 minutes si aucune amélioration.',
                    'Position couchée, jambes surélevées (assise si détresse respiratoire).']),
                'hypo': ('Protocole — hypoglycémie chez l\'élève diabétique', [
                    'Glycémie < 4 mmol/L : 15 g de glucides rapides, recontrôler après 15 minutes.',
                    'Élève inconscient : glucagon (1 mg IM ou 3 mg intranasal), position latérale, 911.'])}[k]
        m_sub = f'Mise à jour : {data[0]}'
        intro = 'La version révisée a été approuvée par le CMDP et la DSI. Elle remplace la version de 2022.'
    else:
        data = {'oc_contra': ('Collective prescription - starting hormonal contraception', [
                    'Population: people aged 14 and over seen at the youth clinic.',
                    'Contraindications: migraine with aura, BP > 140/90, history of thrombosis.']),
                'oc_sti': ('Collective prescription - STI treatment', [
                    'Chlamydia: azithromycin 1 g PO once or doxycycline 100 mg BID x 7 days.',
                    'Gonorrhoea: ceftriaxone 500 mg IM.']),
                'anaph': ('Protocol - anaphylaxis at school', [
                    'IM epinephrine: 0.15 mg for 15-30 kg, 0.3 mg for 30 kg and over.', 'Call 911 after the first dose.']),
                'hypo': ('Protocol - hypoglycaemia in a diabetic student', [
                    'Glucose < 4 mmol/L: 15 g fast carbohydrate, recheck after 15 minutes.'])}[k]
        m_sub = f'Update: {data[0]}'
        intro = 'The revised version was approved by the CMDP and nursing directorate.'
    blocks = [('h', data[0])] + [('p', x) for x in data[1]] + [('small', f'Version 2025-{ctx.randint(1, 9):02d} — {ORG["ciusss_fr"]}')]
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    m.subject = m_sub
    m.text = f'{greet(ctx, lang)}\n\n{intro}\n\n{signature(ctx, s, lang)}'
    m.attach(data=make_pdf(blocks), ctype='application/pdf', filename=ctx.pick([f'{k}_2025.pdf', 'protocole.pdf' if lang == 'fr' else 'protocol.pdf']))
    return r.done(render_mail(m), f'clinical protocol / collective prescription ({k})')


# ------------------------------------------------------------------ N28 research protocol
def n_research(ctx, lang):
    r = NegRec(ctx, 'research_protocol', lang)
    pi = ctx.pick([('Judith', 'Lanctôt', 'Université de la Rivière-des-Saules'), ('Ahmed', 'Benali-Ortiz', 'Institut de recherche en santé des jeunes')])
    s = staff(ctx.pick(['Lévesque', 'Gendron']))
    if lang == 'fr':
        body = (f'Titre : Hésitation vaccinale des parents envers le VPH en milieu scolaire — étude mixte\nChercheuse principale : '
                f'Pre {pi[0]} {pi[1]}, {pi[2]}\nObjectif : décrire les motifs de refus et tester une intervention d\'information.\n'
                f'Population : 300 parents d\'élèves de 4e année de 12 écoles; entrevues auprès de 20 infirmières scolaires.\n'
                f'Éthique : approbation du CER (no 2025-{ctx.randint(100, 999)}). Aucune donnée nominative ne sera transmise aux chercheurs; '
                f'les données de couverture seront agrégées par école.')
        m_sub = 'Demande de collaboration — projet de recherche VPH'
        intro = 'Nous avons reçu cette demande de collaboration. Vos commentaires avant le comité de la semaine prochaine?'
    else:
        body = (f'Title: Parental HPV vaccine hesitancy in schools - mixed-methods study\nPI: Prof. {pi[0]} {pi[1]}, {pi[2]}\n'
                f'Population: 300 parents of Grade 4 students in 12 schools; interviews with 20 school nurses.\n'
                f'Ethics: REB approval pending. No identifiable data will be shared; coverage will be aggregated by school.')
        m_sub = 'Collaboration request - HPV research project'
        intro = 'We received this collaboration request. Comments before next week\'s committee?'
    m = Mail(ctx, lang).sender(s)
    for t in team(ctx, 3):
        m.add_to(t.full, t.email)
    m.subject = m_sub
    m.text = f'{greet(ctx, lang)}\n\n{intro}\n\n{body}\n\n{signature(ctx, s, lang)}'
    if ctx.chance(0.5):
        m.attach(data=make_docx([('h', 'Résumé du protocole' if lang == 'fr' else 'Protocol summary')] + [('p', x) for x in body.split('\n')]),
                 filename='resume_protocole.docx' if lang == 'fr' else 'protocol_summary.docx',
                 ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    return r.done(render_mail(m), 'research protocol summary without participants')


# ------------------------------------------------------------------ N29 physician directory
def n_directory(ctx, lang):
    r = NegRec(ctx, 'physician_directory', lang)
    s = staff(ctx.pick(['Turcotte', 'Gendron', 'Hébert']))
    rows = [['Médecin' if lang == 'fr' else 'Physician', 'Spécialité / clientèle' if lang == 'fr' else 'Specialty / focus', 'Délai' if lang == 'fr' else 'Wait', 'Téléphone' if lang == 'fr' else 'Phone'],
            ['Dre Hélène Marchand', 'Pédiatrie — asthme, allergies, retard de croissance' if lang == 'fr' else 'Paediatrics - asthma, allergy, growth', '6 sem.', '450 555-0150'],
            ['Dr Yannick Beaulieu', 'Pédopsychiatrie — TDAH, anxiété, troubles alimentaires' if lang == 'fr' else 'Child psychiatry - ADHD, anxiety, eating disorders', '4 mois', '514 555-0160'],
            ['Dre Amira Haddad', 'Santé sexuelle, contraception, ITSS, PrEP' if lang == 'fr' else 'Sexual health, contraception, STI, PrEP', '1 sem.', '450 555-0110'],
            ['Dr François Lemay', 'Médecine familiale — adolescents, diabète de type 1' if lang == 'fr' else 'Family medicine - teens, type 1 diabetes', '3 sem.', '450 555-0112'],
            ['Dr Kevin Walsh', 'Paediatrics - concussion clinic, epilepsy', '5 wk', '514 555-0170']]
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    m.subject = ('Liste des médecins qui acceptent nos références' if lang == 'fr' else 'Physicians accepting our referrals')
    m.text = f'{greet(ctx, lang)}\n\n' + ('Voici la liste à jour des médecins et leurs clientèles.' if lang == 'fr' else
                                          'Updated list of physicians and their focus.') + f'\n\n{text_table(rows)}\n\n{signature(ctx, s, lang)}'
    m.html = ('<html><body><p>' + greet(ctx, lang) + '</p>' + html_table(rows) + '<p>' + signature(ctx, s, lang, 'mid').replace('\n', '<br>') + '</p></body></html>')
    return r.done(render_mail(m, form=ctx.pick(['alt', 'html'])), 'directory of physicians with the conditions they treat')


# ------------------------------------------------------------------ N30 parent general question + general answer
def n_parent_general(ctx, lang):
    r = NegRec(ctx, 'parent_general_question', lang)
    n = staff(ctx.pick(NURSES))
    pg = ctx.pick([('Valérie', 'Guimond'), ('Steve', 'Arsenault'), ('Nancy', 'Plourde'), ('Brian', 'McAllister')])
    paddr = f'{slug(pg[0])}.{slug(pg[1])}@courriel.example'
    q = ctx.pick([('Quand aura lieu la vaccination des élèves de 4e année cette année? Et est-ce que je peux être présent?',
                   'La vaccination en 4e année aura lieu en octobre et en avril; la date exacte est dans le formulaire de consentement. '
                   'Les parents ne sont habituellement pas présents, mais vous pouvez m\'appeler au besoin.',
                   'When is the Grade 4 vaccination this year, and can parents attend?',
                   'Grade 4 vaccination takes place in October and April; parents usually do not attend but can call me.'),
                  ('Est-ce que le vaccin contre le VPH est obligatoire? J\'ai lu des choses inquiétantes sur Internet.',
                   'Aucun vaccin n\'est obligatoire au Québec. Le vaccin contre le VPH est très sécuritaire; je vous envoie le lien vers '
                   'la fiche du ministère.', 'Is the HPV vaccine mandatory?', 'No vaccine is mandatory in Quebec; here is the official fact sheet.'),
                  ('À partir de quel âge un ado peut-il consulter seul à la clinique jeunesse?',
                   'Dès 14 ans, un jeune peut consentir seul à ses soins au Québec, et la consultation est confidentielle.',
                   'At what age can a teen go to the youth clinic alone?', 'From 14, youth can consent to their own care in Quebec.'),
                  ('Mon enfant a peur des aiguilles. Avez-vous des trucs pour la journée de vaccination?',
                   'Oui : crème anesthésiante (à appliquer 1 h avant), distraction, respiration. Nous pouvons aussi vacciner '
                   'l\'élève à part, à la fin de la séance.', 'My child is afraid of needles - any tips for vaccination day?',
                   'Numbing cream 1 hour before, distraction and breathing help; we can also vaccinate at the end, in private.'),
                  ('Est-ce que l\'infirmière scolaire fait encore le dépistage de la vue en maternelle?',
                   'Non, le dépistage visuel systématique n\'est plus fait à l\'école; consultez un optométriste (gratuit pour les '
                   'moins de 18 ans couverts par la RAMQ).', 'Does the school nurse still do vision screening in kindergarten?',
                   'No, routine school vision screening has stopped; eye exams are covered by RAMQ for children under 18.')])
    if lang == 'fr':
        orig, ans = q[0], q[1]
        top = f'Bonjour {("Madame" if pg[0] in ("Valérie", "Nancy") else "Monsieur")} {pg[1]},\n\n{ans}\n\n{closing(ctx, "fr")}\n{signature(ctx, n, "fr")}'
        subj = 'RE: Question'
    else:
        orig, ans = q[2], q[3]
        top = f'Dear {pg[0]},\n\n{ans}\n\n{closing(ctx, "en")}\n{signature(ctx, n, "en")}'
        subj = 'RE: Question'
    m = Mail(ctx, lang).sender(n)
    m.add_to(f'{pg[0]} {pg[1]}', paddr)
    m.subject = subj
    m.text = top + '\n\n' + quote_block(ctx, lang, (f'{pg[0]} {pg[1]}', paddr), (n.full, n.email), ctx.dt(), 'Question',
                                        f'{orig}\n\n{pg[0]} {pg[1]}')
    return r.done(render_mail(m), 'nurse answers a parent\'s general question (no child identified)')


# ------------------------------------------------------------------ N31 ministry update forwarded
def n_ministry(ctx, lang):
    r = NegRec(ctx, 'ministry_update', lang)
    s = staff(ctx.pick(['Gendron', 'Charbonneau']))
    k = ctx.pick(['piq', 'registry', 'coldchain'])
    if lang == 'fr' and k == 'registry':
        body = ('Registre de vaccination du Québec — rappel\n\nToutes les doses administrées en milieu scolaire doivent être saisies '
                'dans les 2 jours ouvrables. Le taux de saisie régional est de 94 % pour l\'automne 2024. Les établissements sous '
                '90 % recevront un accompagnement.')
        inner_sub = 'Registre de vaccination — délais de saisie'
        frm = ('Direction de la vaccination — MSSS', 'vaccination@msss-qc.example')
    elif lang == 'fr' and k == 'coldchain':
        body = ('Gestion des produits immunisants\n\nNouvelle procédure : tout bris de chaîne de froid doit être déclaré dans les '
                '24 heures au moyen du formulaire en ligne. Conserver les vaccins en quarantaine entre 2 et 8 °C en attendant la '
                'recommandation.')
        inner_sub = 'Bris de chaîne de froid — nouvelle procédure'
        frm = ('Santé publique régionale', 'vaccination@dsp-saules.example')
    elif lang == 'fr':
        body = ('Mise à jour du Protocole d\'immunisation du Québec (PIQ)\n\n- VPH : calendrier à 1 dose pour les 9-20 ans immunocompétents.\n'
                '- Méningocoque : le vaccin conjugué quadrivalent remplace le Men-C-C en 3e secondaire.\n'
                '- dcaT : inchangé.\n\nLes outils (feuillets aux parents, formulaires de consentement) seront disponibles le mois prochain.')
        inner_sub = 'PIQ — mise à jour des calendriers en milieu scolaire'
        frm = ('Direction de la vaccination — MSSS', 'vaccination@msss-qc.example')
    else:
        body = ('Quebec Immunization Protocol (PIQ) update\n\n- HPV: 1-dose schedule for immunocompetent 9-20 year olds.\n'
                '- Meningococcal: quadrivalent conjugate replaces Men-C-C in Secondary 3.')
        inner_sub = 'PIQ - school schedule update'
        frm = ('Vaccination directorate - MSSS', 'vaccination@msss-qc.example')
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    how = ctx.pick(['inline', 'eml'])
    if how == 'inline':
        m.subject = ('TR: ' if lang == 'fr' else 'FW: ') + inner_sub
        m.text = (f'{greet(ctx, lang)}\n\n' + ('Pour information.' if lang == 'fr' else 'FYI.') + f'\n\n{s.given}\n\n' +
                  forward_block(ctx, lang, frm, (s.full, s.email), ctx.dt(), inner_sub, body))
        return r.done(render_mail(m), 'ministry immunization update forwarded inline')
    inner = Mail(ctx, lang)
    inner.frm = frm
    inner.add_to(s.full, s.email)
    inner.subject = inner_sub
    inner.text = body
    m.subject = ('TR: ' if lang == 'fr' else 'FW: ') + inner_sub
    m.text = f'{greet(ctx, lang)}\n\n' + ('Voir le message ci-joint.' if lang == 'fr' else 'See attached message.') + f'\n\n{s.given}'
    m.attach(kind='eml', data=render_mail(inner, crlf=False), filename=ctx.pick([None, 'PIQ_mise_a_jour.eml']))
    return r.done(render_mail(m), 'ministry immunization update attached as message/rfc822')


# ------------------------------------------------------------------ N32 ZIP of blank forms
def n_zip_forms(ctx, lang):
    r = NegRec(ctx, 'zip_blank_forms', lang)
    s = staff(ctx.pick(['Gendron', 'Turcotte']))
    f1 = make_pdf([('h', 'Autorisation d\'administrer un médicament à l\'école' if lang == 'fr' else 'Authorization to give medication at school'),
                   ('kv', 'Élève :' if lang == 'fr' else 'Student:', '____________________'),
                   ('kv', 'Médicament / dose :' if lang == 'fr' else 'Medication / dose:', '____________________'),
                   ('kv', 'Signature du parent :' if lang == 'fr' else 'Parent signature:', '____________________')])
    f2 = make_docx([('h', 'Plan d\'urgence — gabarit' if lang == 'fr' else 'Emergency plan - template'),
                    ('p', 'Nom : ________   Photo : [ ]   Allergie : ________   Auto-injecteur : [ ] 0,15 mg [ ] 0,3 mg')])
    f3 = make_csv([['nom', 'prenom', 'ddn', 'nam', 'vaccin', 'lot', 'date']] if lang == 'fr' else [['last', 'first', 'dob', 'ramq', 'vaccine', 'lot', 'date']])
    files = [('autorisation_medicament.pdf' if lang == 'fr' else 'medication_authorization.pdf', f1),
             ('plan_urgence_gabarit.docx' if lang == 'fr' else 'emergency_plan_template.docx', f2),
             ('import_registre_vide.csv' if lang == 'fr' else 'registry_import_empty.csv', f3)]
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    m.subject = ('Trousse de formulaires vierges 2025' if lang == 'fr' else 'Blank forms kit 2025')
    m.text = f'{greet(ctx, lang)}\n\n' + ('Tous les formulaires vierges de la rentrée sont dans le fichier compressé.' if lang == 'fr'
                                          else 'All blank forms for the new year are in the zip.') + f'\n\n{signature(ctx, s, lang)}'
    m.attach(data=make_zip(files), ctype='application/zip', filename='formulaires_vierges.zip' if lang == 'fr' else 'blank_forms.zip')
    return r.done(render_mail(m), 'ZIP of blank forms and an empty CSV import file')


# ------------------------------------------------------------------ N33 campaign calendar
def n_campaign(ctx, lang):
    r = NegRec(ctx, 'campaign_calendar', lang)
    s = staff(ctx.pick(['Gendron', 'Charbonneau']))
    rows = [['École' if lang == 'fr' else 'School', 'Niveau' if lang == 'fr' else 'Grade', 'Vaccin' if lang == 'fr' else 'Vaccine',
             'Date', 'Élèves prévus' if lang == 'fr' else 'Expected', 'Infirmière' if lang == 'fr' else 'Nurse']]
    for sc in ctx.sample(SCHOOLS, 6):
        d = ctx.date()
        vac = VACCINES[lang][0] if sc[1] == 'prim' else VACCINES[lang][2]
        rows.append([sc[0], vac[1], vac[0], d.isoformat(), ctx.randint(28, 160), staff(ctx.pick(NURSES)).full])
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    m.subject = ('Calendrier de la campagne de vaccination scolaire' if lang == 'fr' else 'School vaccination campaign calendar')
    intro = ('Voici le calendrier confirmé avec les directions.' if lang == 'fr' else 'Here is the calendar confirmed with principals.')
    m.text = f'{greet(ctx, lang)}\n\n{intro}\n\n{text_table(rows)}\n\n{signature(ctx, s, lang)}'
    m.html = f'<html><body><p>{greet(ctx, lang)}</p><p>{intro}</p>{html_table(rows)}<p>{s.full}</p></body></html>'
    return r.done(render_mail(m, form=ctx.pick(['alt', 'html'])), 'vaccination campaign calendar (HTML table)')


# ------------------------------------------------------------------ N34 generic dosing table
def n_dosing(ctx, lang):
    r = NegRec(ctx, 'dosing_table', lang)
    s = staff(ctx.pick(['Proulx', 'Lavigne']))
    rows = [['Poids (kg)' if lang == 'fr' else 'Weight (kg)', 'Acétaminophène (15 mg/kg)' if lang == 'fr' else 'Acetaminophen (15 mg/kg)',
             'Ibuprofène (10 mg/kg)' if lang == 'fr' else 'Ibuprofen (10 mg/kg)']]
    for w in (16, 20, 25, 30, 40, 50):
        rows.append([w, f'{w * 15} mg', f'{w * 10} mg'])
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    m.subject = ('Tableau des doses — analgésiques en milieu scolaire' if lang == 'fr' else 'Dosing table - analgesics at school')
    m.text = (f'{greet(ctx, lang)}\n\n' + ('Rappel : aucun médicament sans autorisation écrite du parent. Tableau de référence :' if lang == 'fr'
                                           else 'Reminder: no medication without written parental authorization. Reference table:') +
              f'\n\n{text_table(rows)}\n\n{signature(ctx, s, lang)}')
    return r.done(render_mail(m), 'generic weight-based dosing table')


# ------------------------------------------------------------------ N35 press release with aggregates
def n_press(ctx, lang):
    r = NegRec(ctx, 'press_release', lang)
    s = ('Service des communications', f'communications@{ORG["dom"]}')
    pct = ctx.randint(81, 91)
    if lang == 'fr':
        subj = 'COMMUNIQUÉ — Bilan de la vaccination en milieu scolaire'
        txt = (f'POUR DIFFUSION IMMÉDIATE\n\nVal-des-Saules, le {d_fr(ctx.date())} — Le {ORG["ciusss_fr"]} annonce que {pct} % des élèves '
               f'de 4e année ont reçu le vaccin contre le VPH cette année, une hausse de 3 points. Les cliniques jeunesse ont par '
               f'ailleurs réalisé 4 212 consultations, dont 38 % en santé sexuelle et 21 % en santé mentale.\n\n'
               f'« Nos infirmières scolaires font un travail remarquable », souligne Patrick Lévesque, chef de programme Jeunesse.\n\n'
               f'Renseignements : Service des communications, 450 555-0100')
    else:
        subj = 'PRESS RELEASE - School vaccination results'
        txt = (f'FOR IMMEDIATE RELEASE\n\n{pct}% of Grade 4 students received the HPV vaccine this year. Youth clinics held 4,212 visits, '
               f'38% for sexual health and 21% for mental health.\n\nMedia: 450 555-0100')
    m = Mail(ctx, lang)
    m.frm = s
    m.add_to('Médias régionaux' if lang == 'fr' else 'Regional media', 'medias@liste.example')
    m.subject = subj
    m.text = txt
    return r.done(render_mail(m), 'press release with aggregate figures')


# ------------------------------------------------------------------ N36 team meeting minutes (aggregate)
def n_minutes(ctx, lang):
    r = NegRec(ctx, 'team_minutes', lang)
    s = staff(ctx.pick(['Charbonneau', 'Lévesque']))
    present = team(ctx, 5)
    if lang == 'fr':
        blocks = [('h', 'Compte rendu — rencontre d\'équipe Jeunesse'), ('kv', 'Présents :', ', '.join(p.full for p in present)),
                  ('bullet', 'Hausse des demandes en santé mentale au secondaire (+22 % vs l\'an dernier); délai de 6 semaines au guichet.'),
                  ('bullet', 'Campagne VPH : 3 écoles à reprogrammer (tempête).'),
                  ('bullet', 'Rappel : les listes nominatives ne doivent pas être envoyées par courriel non chiffré.'),
                  ('bullet', 'Prochaine rencontre : dans 4 semaines.')]
        m_sub, txt = 'Compte rendu de la rencontre d\'équipe', 'Voici le compte rendu de notre rencontre.'
    else:
        blocks = [('h', 'Minutes - Youth team meeting'), ('kv', 'Present:', ', '.join(p.full for p in present)),
                  ('bullet', 'Mental health requests up 22% in high schools; 6-week wait at access point.'),
                  ('bullet', 'HPV campaign: 3 schools to reschedule (storm).'),
                  ('bullet', 'Reminder: never e-mail named lists unencrypted.')]
        m_sub, txt = 'Team meeting minutes', 'Here are the minutes of our meeting.'
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    m.subject = m_sub
    m.text = f'{greet(ctx, lang)}\n\n{txt}\n\n{signature(ctx, s, lang)}'
    m.attach(data=make_docx(blocks, author=s.full), filename='CR_equipe.docx' if lang == 'fr' else 'team_minutes.docx',
             ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    return r.done(render_mail(m), 'team meeting minutes with aggregate trends')


# ------------------------------------------------------------------ N37 teacher's general health question
def n_teacher_general(ctx, lang):
    r = NegRec(ctx, 'teacher_general_question', lang)
    n = staff(ctx.pick(NURSES))
    school = ctx.pick([x for x in SCHOOLS if x[2] == lang or lang == 'fr' and x[2] == 'fr'])
    t = school_contact(ctx, school, None, lang)
    if lang == 'fr':
        q = ctx.pick(['Est-ce que les élèves asthmatiques peuvent garder leur pompe dans leur sac, ou doit-elle rester au secrétariat?',
                      'Pour la classe neige, qui doit donner les médicaments du soir? Un enseignant peut-il le faire?',
                      'Peut-on offrir des collations maison en classe quand il y a des allergies alimentaires dans l\'école?'])
        a = ctx.pick(['Oui, selon notre protocole, l\'élève garde sa pompe sur lui dès qu\'il est capable de l\'utiliser seul.',
                      'Un membre du personnel formé peut administrer un médicament prescrit avec l\'autorisation écrite du parent.',
                      'On recommande des collations emballées avec liste d\'ingrédients. Je peux passer en parler à la réunion du personnel.'])
        subj = 'RE: Question santé'
    else:
        q = ctx.pick(['Can students with asthma keep their inhaler in their backpack?',
                      'For the overnight trip, who gives the evening medication?'])
        a = ctx.pick(['Yes, as soon as they can use it independently.', 'Trained staff can give prescribed medication with written parental consent.'])
        subj = 'RE: Health question'
    m = Mail(ctx, lang).sender(n)
    m.add_to(t[0], t[1])
    m.subject = subj
    m.text = f'{greet(ctx, lang, t[3])}\n\n{a}\n\n{n.given}\n\n' + quote_block(ctx, lang, (t[0], t[1]), (n.full, n.email), ctx.dt(),
                                                                               subj[4:], f'{greet(ctx, lang, n.given)}\n\n{q}\n\n{t[3]}')
    return r.done(render_mail(m), 'teacher asks a general health question; nurse replies generally')


# ------------------------------------------------------------------ N38 staff survey / registration
def n_survey(ctx, lang):
    r = NegRec(ctx, 'staff_survey', lang)
    s = staff(ctx.pick(['Lévesque', 'Gendron', 'Bellefeuille']))
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    if lang == 'fr':
        m.subject = ctx.pick(['Sondage — besoins de formation 2025', 'Inscription — formation sur la santé mentale des jeunes'])
        m.text = (f'{greet(ctx, "fr")}\n\nMerci de remplir le sondage (10 minutes) sur vos besoins de formation : santé mentale, '
                  f'contraception, troubles alimentaires, diversité sexuelle et de genre. Les réponses sont anonymes.\n\n'
                  f'Lien : https://sondage.{ORG["dom"]}/formation2025\n\n{signature(ctx, s, "fr")}')
    else:
        m.subject = 'Survey - training needs 2025'
        m.text = (f'{greet(ctx, "en")}\n\nPlease complete the anonymous 10-minute survey on training needs (mental health, contraception, '
                  f'eating disorders).\n\nhttps://sondage.{ORG["dom"]}/training2025\n\n{signature(ctx, s, "en")}')
    return r.done(render_mail(m), 'anonymous staff training survey')
